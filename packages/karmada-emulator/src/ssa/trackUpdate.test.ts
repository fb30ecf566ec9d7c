import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { DEPLOYMENT_SCHEMA } from '../schemas/coreSchemas';
import { fromFieldsV1 } from './fieldsV1';
import { decodePath, formatPath } from './fieldPath';
import { ManagedFieldsEntry } from './managedFields';
import { serverSideApply } from './serverSideApply';
import { trackUpdate } from './trackUpdate';

const schema = DEPLOYMENT_SCHEMA;
const owned = (entries: ManagedFieldsEntry[], manager: string) =>
  [...fromFieldsV1(entries.find(e => e.manager === manager)?.fieldsV1)]
    .map(p => formatPath(decodePath(p)))
    .sort();

describe('trackUpdate', () => {
  const applied = serverSideApply({
    live: undefined,
    config: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 3, paused: false },
    },
    manager: 'backstage',
    force: false,
    schema,
    statusSubresource: true,
    now: '2026-09-01T00:00:00Z',
  });

  it('gives an updater the fields it changed and takes them from their previous owner', () => {
    const updated: KubernetesObject = {
      ...applied,
      spec: { replicas: 5, paused: false },
    };
    const entries = trackUpdate({
      old: applied,
      updated,
      manager: 'hpa',
      apiVersion: 'apps/v1',
      schema,
      statusSubresource: true,
      now: '2026-09-01T00:01:00Z',
    });
    expect(owned(entries, 'hpa')).toEqual(['.spec.replicas']);
    expect(owned(entries, 'backstage')).toEqual(['.spec.paused']);
    expect(entries.find(e => e.manager === 'hpa')).toMatchObject({
      operation: 'Update',
      apiVersion: 'apps/v1',
      time: '2026-09-01T00:01:00Z',
    });
  });

  it('drops ownership of fields that no longer exist', () => {
    const updated: KubernetesObject = { ...applied, spec: { paused: false } };
    const entries = trackUpdate({
      old: applied,
      updated,
      manager: 'kubectl',
      apiVersion: 'apps/v1',
      schema,
      statusSubresource: true,
      now: 'x',
    });
    expect(owned(entries, 'backstage')).toEqual(['.spec.paused']);
    expect(entries.some(e => e.manager === 'kubectl')).toBe(false);
  });

  it('gives a creator every field it set', () => {
    const created: KubernetesObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { a: 'b' } },
      spec: { replicas: 1 },
    };
    const entries = trackUpdate({
      old: undefined,
      updated: created,
      manager: 'node-fetch',
      apiVersion: 'apps/v1',
      schema,
      statusSubresource: true,
      now: 'x',
    });
    expect(owned(entries, 'node-fetch')).toEqual([
      '.metadata.labels.a',
      '.spec.replicas',
    ]);
  });
});
