import type { ResourceBinding } from '@karmada-backstage/plugin-karmada-common';
import type { DeploymentObject } from '../../karmada/createInstanceCache';
import { deploymentRollout, lastSpecChange } from './deploymentRollout';

const deployment = (
  managedFields: unknown[] = [],
  spec: Record<string, unknown> = {},
): DeploymentObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'team-a',
    creationTimestamp: '2025-05-01T10:00:00Z',
    managedFields,
  },
  spec: { replicas: 3, ...spec },
});

const entry = (time: string, fields: Record<string, unknown>, extra = {}) => ({
  manager: 'backstage-karmada',
  operation: 'Apply',
  time,
  fieldsV1: fields,
  ...extra,
});

const binding = (
  conditions: Array<{ type: string; lastTransitionTime: string }>,
): ResourceBinding => ({
  metadata: { name: 'web-deployment', namespace: 'team-a' },
  spec: {
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
  },
  status: { conditions: conditions.map(c => ({ ...c, status: 'True' })) },
});

describe('lastSpecChange', () => {
  it.each<[string, unknown[], string | undefined]>([
    [
      'the latest entry owning spec',
      [
        entry('2025-05-01T10:00:00Z', { 'f:spec': {} }),
        entry('2025-05-01T11:00:00Z', { 'f:spec': {} }, { manager: 'kubectl' }),
      ],
      '2025-05-01T11:00:00Z',
    ],
    [
      'metadata-only writes (Karmada claiming the workload) do not count',
      [
        entry('2025-05-01T10:00:00Z', { 'f:spec': {} }),
        entry('2025-05-01T12:00:00Z', { 'f:metadata': {} }),
      ],
      '2025-05-01T10:00:00Z',
    ],
    [
      'status writes do not count',
      [
        entry('2025-05-01T10:00:00Z', { 'f:spec': {} }),
        entry(
          '2025-05-01T12:00:00Z',
          { 'f:spec': {} },
          { subresource: 'status' },
        ),
      ],
      '2025-05-01T10:00:00Z',
    ],
    ['no managedFields', [], undefined],
  ])('%s', (_name, managedFields, expected) => {
    expect(lastSpecChange(deployment(managedFields))).toBe(expected);
  });
});

describe('deploymentRollout', () => {
  it.each<
    [string, DeploymentObject, ResourceBinding | undefined, string, number]
  >([
    [
      'just created, no binding yet',
      deployment(),
      undefined,
      '2025-05-01T10:00:00.000Z',
      600,
    ],
    [
      'the binding applied later',
      deployment(),
      binding([
        { type: 'Scheduled', lastTransitionTime: '2025-05-01T10:00:02Z' },
        { type: 'FullyApplied', lastTransitionTime: '2025-05-01T10:00:05Z' },
      ]),
      '2025-05-01T10:00:05.000Z',
      600,
    ],
    [
      'a later spec change (a new image) restarts it, with its own deadline',
      deployment([entry('2025-05-02T09:00:00Z', { 'f:spec': {} })], {
        progressDeadlineSeconds: 120,
      }),
      binding([
        { type: 'FullyApplied', lastTransitionTime: '2025-05-01T10:00:05Z' },
      ]),
      '2025-05-02T09:00:00.000Z',
      120,
    ],
  ])('%s', (_name, d, b, startedAt, seconds) => {
    expect(deploymentRollout(d, b)).toEqual({
      startedAt,
      progressDeadlineSeconds: seconds,
      deadline: new Date(Date.parse(startedAt) + seconds * 1000).toISOString(),
    });
  });
});
