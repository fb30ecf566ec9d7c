import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ObjectStore } from '../store/ObjectStore';
import { ApiError } from './ApiError';
import { ApiService } from './ApiService';
import { ResourceRegistry } from './resourceRegistry';
import { ResourceType } from './ResourceType';

function setup() {
  const registry = new ResourceRegistry();
  const api = new ApiService(
    new ObjectStore({ historySize: 100 }),
    registry,
    () => new Date('2026-09-01T12:00:00.123Z'),
  );
  const type = (apiVersion: string, kind: string) =>
    registry.byKind(apiVersion, kind) as ResourceType;
  api.create(type('v1', 'Namespace'), undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'team-a' },
  });
  return { api, type };
}

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

const deployment = (spec: Record<string, unknown> = {}): KubernetesObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    },
    ...spec,
  },
});

describe('ApiService', () => {
  it('creates with system metadata and the server defaults', () => {
    const { api, type } = setup();
    const { object, created } = api.create(
      type('apps/v1', 'Deployment'),
      'team-a',
      deployment(),
      { userAgent: 'node-fetch/1.0' },
    );
    expect(created).toBe(true);
    expect(object.metadata).toMatchObject({
      name: 'web',
      namespace: 'team-a',
      generation: 1,
      creationTimestamp: '2026-09-01T12:00:00Z',
    });
    expect(object.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(object.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    });
    expect((object.spec as any).template.spec.containers[0]).toMatchObject({
      imagePullPolicy: 'Always',
      terminationMessagePolicy: 'File',
    });
    expect(
      (object.metadata?.managedFields as Array<{ manager: string }>)[0].manager,
    ).toBe('node-fetch');
  });

  it('names objects from generateName', () => {
    const { api, type } = setup();
    const { object } = api.create(type('v1', 'ConfigMap'), 'team-a', {
      metadata: { generateName: 'cfg-' } as KubernetesObject['metadata'],
    });
    expect(object.metadata?.name).toMatch(
      /^cfg-[bcdfghjklmnpqrstvwxz2456789]{5}$/,
    );
  });

  it('refuses duplicates, stale updates and updates of missing objects', () => {
    const { api, type } = setup();
    const cm = type('v1', 'ConfigMap');
    const first = api.create(cm, 'team-a', {
      metadata: { name: 'c' },
      data: { a: '1' },
    }).object;
    expect(
      thrown(() => api.create(cm, 'team-a', { metadata: { name: 'c' } }))
        .status,
    ).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
      message: 'configmaps "c" already exists',
      details: { name: 'c', kind: 'configmaps' },
    });
    api.update(cm, 'team-a', 'c', { ...first, data: { a: '2' } });
    expect(
      thrown(() =>
        api.update(cm, 'team-a', 'c', { ...first, data: { a: '3' } }),
      ).code,
    ).toBe(409);
    expect(
      thrown(() => api.update(cm, 'team-a', 'x', { metadata: { name: 'x' } }))
        .status.message,
    ).toBe('configmaps "x" not found');
  });

  it('bumps the generation only when the spec (or, for Deployments, annotations) change', () => {
    const { api, type } = setup();
    const deploy = type('apps/v1', 'Deployment');
    const created = api.create(deploy, 'team-a', deployment()).object;
    const labelled = api.update(deploy, 'team-a', 'web', {
      ...created,
      metadata: { ...created.metadata, labels: { a: 'b' } },
    }).object;
    expect(labelled.metadata?.generation).toBe(1);
    const annotated = api.update(deploy, 'team-a', 'web', {
      ...labelled,
      metadata: { ...labelled.metadata, annotations: { a: 'b' } },
    }).object;
    expect(annotated.metadata?.generation).toBe(2);
    const scaled = api.update(deploy, 'team-a', 'web', {
      ...annotated,
      spec: { ...(annotated.spec as object), replicas: 3 },
    }).object;
    expect(scaled.metadata?.generation).toBe(3);
  });

  it('keeps the resourceVersion when an update changes nothing', () => {
    const { api, type } = setup();
    const cm = type('v1', 'ConfigMap');
    const created = api.create(cm, 'team-a', {
      metadata: { name: 'c' },
      data: { a: '1' },
    }).object;
    const same = api.update(cm, 'team-a', 'c', created).object;
    expect(same.metadata?.resourceVersion).toBe(
      created.metadata?.resourceVersion,
    );
  });

  it('runs dry-run writes fully but stores nothing', () => {
    const { api, type } = setup();
    const cm = type('v1', 'ConfigMap');
    const before = api.store.resourceVersion;
    const { object } = api.create(
      cm,
      'team-a',
      { metadata: { name: 'c' } },
      { dryRun: true },
    );
    expect(object.metadata?.uid).toBeTruthy();
    expect(api.store.resourceVersion).toBe(before);
    expect(
      thrown(() =>
        api.create(
          cm,
          'team-a',
          { metadata: { name: 'Bad' } },
          { dryRun: true },
        ),
      ).code,
    ).toBe(422);
  });

  it('validates containers, ports and selectors like the API server', () => {
    const { api, type } = setup();
    const error = thrown(() =>
      api.create(type('apps/v1', 'Deployment'), 'team-a', {
        ...deployment(),
        spec: {
          replicas: -1,
          selector: { matchLabels: { app: 'other' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: {
              containers: [
                { name: 'web', image: 'a', ports: [{ containerPort: 70000 }] },
                { name: 'web' },
              ],
            },
          },
        },
      }),
    );
    expect(
      error.status.details?.causes?.map(c => `${c.field}: ${c.message}`),
    ).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.template.spec.containers[1].image: Required value',
      'spec.template.spec.containers[1].name: Duplicate value: "web"',
    ]);
    expect(error.status.message).toMatch(
      /^Deployment\.apps "web" is invalid: \[spec\.replicas: Invalid value: -1/,
    );
  });

  it('runs Karmada’s webhooks on policies: defaults on the way in, denials with 403', () => {
    const { api, type } = setup();
    const pp = type('policy.karmada.io/v1alpha1', 'PropagationPolicy');
    const { object } = api.create(pp, 'team-a', {
      metadata: { name: 'web' },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        ],
        placement: {
          replicaScheduling: {},
          spreadConstraints: [{ maxGroups: 2 }],
        },
      },
    });
    expect(
      object.metadata?.labels?.['propagationpolicy.karmada.io/permanent-id'],
    ).toMatch(/^[0-9a-f-]{36}$/);
    expect(object.spec).toMatchObject({
      conflictResolution: 'Abort',
      preemption: 'Never',
      priority: 0,
      schedulerName: 'default-scheduler',
      resourceSelectors: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'web',
          namespace: 'team-a',
        },
      ],
      placement: {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
        },
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 2 },
        ],
      },
    });
    const denied = thrown(() =>
      api.create(pp, 'team-a', {
        metadata: { name: 'both' },
        spec: {
          resourceSelectors: [{ apiVersion: 'apps/v1', kind: 'Deployment' }],
          placement: {
            clusterAffinity: {},
            clusterAffinities: [{ affinityName: 'a' }],
          },
        },
      }),
    );
    expect(denied.status).toMatchObject({ code: 403, reason: 'Forbidden' });
    expect(denied.status.message).toMatch(
      /^admission webhook "propagationpolicy.karmada.io" denied the request: spec.placement: Invalid value: .*: clusterAffinities cannot co-exist with clusterAffinity$/,
    );
  });

  it('deletes with preconditions and answers 404 afterwards', () => {
    const { api, type } = setup();
    const cm = type('v1', 'ConfigMap');
    const created = api.create(cm, 'team-a', {
      metadata: { name: 'c' },
    }).object;
    expect(
      thrown(() =>
        api.delete(cm, 'team-a', 'c', {
          preconditions: { resourceVersion: '1' },
        }),
      ).status.message,
    ).toBe(
      `Operation cannot be fulfilled on configmaps "c": Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: ${created.metadata?.resourceVersion}`,
    );
    api.delete(cm, 'team-a', 'c');
    expect(thrown(() => api.get(cm, 'team-a', 'c')).code).toBe(404);
  });

  it('keeps clients away from kinds only Karmada writes', () => {
    const { api, type } = setup();
    const rb = type('work.karmada.io/v1alpha2', 'ResourceBinding');
    expect(
      thrown(() => api.create(rb, 'team-a', { metadata: { name: 'x' } }))
        .status,
    ).toMatchObject({ code: 405, reason: 'MethodNotAllowed' });
  });

  it('folds Secret stringData into data', () => {
    const { api, type } = setup();
    const { object } = api.create(type('v1', 'Secret'), 'team-a', {
      metadata: { name: 's' },
      stringData: { password: 'hunter2' },
    });
    expect(object.data).toEqual({
      password: Buffer.from('hunter2').toString('base64'),
    });
    expect(object).not.toHaveProperty('stringData');
    expect(object.type).toBe('Opaque');
  });
});
