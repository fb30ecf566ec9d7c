import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ApiError } from '../api/ApiError';
import { DEPLOYMENT_SCHEMA } from '../schemas/coreSchemas';
import { fromFieldsV1 } from './fieldsV1';
import { decodePath, formatPath } from './fieldPath';
import { ManagedFieldsEntry } from './managedFields';
import { serverSideApply } from './serverSideApply';

const NOW = '2026-09-01T00:00:00Z';

function deployment(
  spec: Record<string, unknown>,
  labels?: Record<string, string>,
): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'team-a',
      ...(labels ? { labels } : {}),
    },
    spec,
  };
}

const container = (image: string, extra: Record<string, unknown> = {}) => ({
  name: 'web',
  image,
  ...extra,
});

function apply(
  live: KubernetesObject | undefined,
  config: KubernetesObject,
  manager: string,
  force = false,
) {
  return serverSideApply({
    live,
    config,
    manager,
    force,
    schema: DEPLOYMENT_SCHEMA,
    statusSubresource: true,
    now: NOW,
  });
}

function owned(object: KubernetesObject, manager: string): string[] {
  const entries = (object.metadata?.managedFields ??
    []) as ManagedFieldsEntry[];
  const entry = entries.find(e => e.manager === manager);
  return [...fromFieldsV1(entry?.fieldsV1)]
    .map(p => formatPath(decodePath(p)))
    .sort();
}

describe('serverSideApply', () => {
  const base = deployment(
    {
      replicas: 3,
      template: { spec: { containers: [container('nginx:1.25')] } },
    },
    { app: 'web' },
  );

  it('creates the object and records the applier as owner of exactly the applied fields', () => {
    const result = apply(undefined, base, 'backstage');
    expect(result.spec).toEqual(base.spec);
    expect(owned(result, 'backstage')).toEqual([
      '.metadata.labels.app',
      '.spec.replicas',
      '.spec.template.spec.containers[name="web"]',
      '.spec.template.spec.containers[name="web"].image',
      '.spec.template.spec.containers[name="web"].name',
    ]);
    const entry = (result.metadata?.managedFields as ManagedFieldsEntry[])[0];
    expect(entry).toMatchObject({
      manager: 'backstage',
      operation: 'Apply',
      apiVersion: 'apps/v1',
      time: NOW,
      fieldsType: 'FieldsV1',
    });
    expect(
      entry.fieldsV1['f:spec']['f:template']['f:spec']['f:containers'][
        'k:{"name":"web"}'
      ]['.'],
    ).toEqual({});
  });

  it('fails with a 409 naming the other manager and the field when a value it owns would change', () => {
    const live = apply(undefined, base, 'kubectl');
    const change = deployment({
      replicas: 5,
      template: { spec: { containers: [container('nginx:1.25')] } },
    });
    let error: unknown;
    try {
      apply(live, change, 'backstage');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    const status = (error as ApiError).status;
    expect(status.code).toBe(409);
    expect(status.reason).toBe('Conflict');
    expect(status.message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas',
    );
    expect(status.details?.causes).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "kubectl"',
        field: '.spec.replicas',
      },
    ]);
  });

  it('names an updating manager with its apiVersion, as the server prints it', () => {
    const live = apply(undefined, base, 'kubectl');
    const asUpdate = {
      ...live,
      metadata: {
        ...live.metadata,
        managedFields: (
          live.metadata?.managedFields as ManagedFieldsEntry[]
        ).map(e => ({ ...e, operation: 'Update' as const })),
      },
    };
    expect(() =>
      apply(asUpdate, deployment({ replicas: 4 }), 'backstage'),
    ).toThrow(
      'Apply failed with 1 conflict: conflict with "kubectl" using apps/v1: .spec.replicas',
    );
  });

  it('lists every conflict grouped by manager when there are several', () => {
    const live = apply(undefined, base, 'kubectl');
    const change = deployment({
      replicas: 5,
      template: { spec: { containers: [container('nginx:1.26')] } },
    });
    expect(() => apply(live, change, 'backstage')).toThrow(
      'Apply failed with 2 conflicts: conflicts with "kubectl":\n- .spec.replicas\n- .spec.template.spec.containers[name="web"].image',
    );
  });

  it('shares ownership without conflict when the value is the same', () => {
    const live = apply(undefined, base, 'kubectl');
    const result = apply(live, deployment({ replicas: 3 }), 'backstage');
    expect(owned(result, 'kubectl')).toContain('.spec.replicas');
    expect(owned(result, 'backstage')).toEqual(['.spec.replicas']);
  });

  it('takes the field over with force', () => {
    const live = apply(undefined, base, 'kubectl');
    const result = apply(live, deployment({ replicas: 5 }), 'backstage', true);
    expect((result.spec as { replicas: number }).replicas).toBe(5);
    expect(owned(result, 'kubectl')).not.toContain('.spec.replicas');
    expect(owned(result, 'backstage')).toEqual(['.spec.replicas']);
  });

  it('removes fields the manager applied before and omits now, unless someone else owns them', () => {
    const first = deployment(
      {
        replicas: 3,
        paused: false,
        template: { spec: { containers: [container('a:1', { args: ['x'] })] } },
      },
      { app: 'web', tier: 'fe' },
    );
    const live = apply(undefined, first, 'backstage');
    const shared = apply(live, deployment({ paused: false }), 'other');
    const second = deployment(
      { template: { spec: { containers: [container('a:1')] } } },
      { app: 'web' },
    );
    const result = apply(shared, second, 'backstage');
    const spec = result.spec as Record<string, unknown>;
    expect(spec.replicas).toBeUndefined();
    expect(spec.paused).toBe(false);
    expect(result.metadata?.labels).toEqual({ app: 'web' });
    expect((spec.template as any).spec.containers).toEqual([container('a:1')]);
  });

  it('merges keyed list items by key and keeps items another manager added', () => {
    const live = apply(undefined, base, 'backstage');
    const sidecar = deployment({
      template: { spec: { containers: [{ name: 'proxy', image: 'envoy:1' }] } },
    });
    const withSidecar = apply(live, sidecar, 'mesh');
    const reapplied = apply(withSidecar, base, 'backstage');
    const names = (reapplied.spec as any).template.spec.containers.map(
      (c: { name: string }) => c.name,
    );
    expect(names).toEqual(['web', 'proxy']);
  });

  it('is a no-op in content when the same configuration is applied again', () => {
    const live = apply(undefined, base, 'backstage');
    const again = apply(live, base, 'backstage');
    expect(again).toEqual(live);
  });

  it('uses a key field default (TCP) for list items that omit it', () => {
    const withPort = deployment({
      template: {
        spec: {
          containers: [container('a:1', { ports: [{ containerPort: 80 }] })],
        },
      },
    });
    const result = apply(undefined, withPort, 'backstage');
    expect(owned(result, 'backstage')).toContain(
      '.spec.template.spec.containers[name="web"].ports[containerPort=80,protocol="TCP"].containerPort',
    );
  });

  it('replaces atomic structures whole (the label selector)', () => {
    const live = apply(
      undefined,
      deployment({ selector: { matchLabels: { app: 'web', tier: 'fe' } } }),
      'backstage',
    );
    const result = apply(
      live,
      deployment({ selector: { matchLabels: { app: 'web' } } }),
      'backstage',
    );
    expect((result.spec as any).selector).toEqual({
      matchLabels: { app: 'web' },
    });
    expect(owned(result, 'backstage')).toEqual(['.spec.selector']);
  });
});
