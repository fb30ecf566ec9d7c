import { ResourceBinding } from '@karmada-backstage/plugin-karmada-common';
import {
  clusterSummaries,
  readyReplicas,
  workloadHealth,
} from './workloadStatus';

function binding(
  status: ResourceBinding['status'],
  clusters = [
    { name: 'a', replicas: 2 },
    { name: 'b', replicas: 1 },
  ],
): ResourceBinding {
  return {
    metadata: { name: 'web-deployment', namespace: 'team-a' },
    spec: {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      replicas: 3,
      clusters,
    },
    status,
  };
}
const scheduled = { type: 'Scheduled', status: 'True' };
const item = (
  clusterName: string,
  ready: number,
  extra: Record<string, unknown> = {},
) => ({
  clusterName,
  applied: true,
  health: 'Healthy',
  status: { replicas: ready, readyReplicas: ready, availableReplicas: ready },
  ...extra,
});

describe('workloadHealth', () => {
  it.each([
    ['Suspended', undefined, true],
    ['Unscheduled', undefined, false],
    ['Unknown', binding({}), false],
    [
      'Unscheduled',
      binding({
        conditions: [
          { type: 'Scheduled', status: 'False', reason: 'NoClusterFit' },
        ],
      }),
      false,
    ],
    [
      'Progressing',
      binding({
        conditions: [scheduled],
        aggregatedStatus: [{ clusterName: 'a', applied: false }],
      }),
      false,
    ],
    [
      'Degraded',
      binding({
        conditions: [scheduled],
        aggregatedStatus: [
          {
            clusterName: 'a',
            applied: false,
            appliedMessage: 'quota exceeded',
          },
        ],
      }),
      false,
    ],
    [
      'Degraded',
      binding({
        conditions: [scheduled],
        aggregatedStatus: [item('a', 2, { health: 'Unhealthy' }), item('b', 1)],
      }),
      false,
    ],
    [
      'Progressing',
      binding({
        conditions: [scheduled],
        aggregatedStatus: [item('a', 1), item('b', 1)],
      }),
      false,
    ],
    [
      'Healthy',
      binding({
        conditions: [scheduled],
        aggregatedStatus: [item('a', 2), item('b', 1)],
      }),
      false,
    ],
  ] as const)('is %s', (health, b, suspended) => {
    expect(workloadHealth(b as ResourceBinding | undefined, suspended)).toBe(
      health,
    );
  });

  // Karmada reports Unhealthy until every replica is available.
  it.each([
    [
      'young rollout, replicas becoming available',
      [item('a', 1, { health: 'Unhealthy' }), item('b', 1)],
      true,
      'Progressing',
    ],
    [
      'young rollout, every replica ready but not yet available',
      [item('a', 2, { health: 'Unhealthy' }), item('b', 1)],
      true,
      'Progressing',
    ],
    [
      'past the deadline',
      [item('a', 1, { health: 'Unhealthy' }), item('b', 1)],
      false,
      'Degraded',
    ],
    [
      'young rollout, but an apply failed',
      [
        item('a', 0, { applied: false, appliedMessage: 'quota exceeded' }),
        item('b', 1),
      ],
      true,
      'Degraded',
    ],
    ['young rollout, all ready', [item('a', 2), item('b', 1)], true, 'Healthy'],
  ] as const)('%s: %s', (_name, aggregatedStatus, rollingOut, health) => {
    const b = binding({
      conditions: [scheduled],
      aggregatedStatus: [...aggregatedStatus],
    });
    expect(workloadHealth(b, false, rollingOut)).toBe(health);
  });

  it('sums ready replicas and lists clusters with their desired and ready replicas', () => {
    const b = binding({
      conditions: [scheduled],
      aggregatedStatus: [item('a', 2), item('b', 0, { applied: false })],
    });
    expect(readyReplicas(b)).toBe(2);
    expect(clusterSummaries(b)).toEqual([
      {
        name: 'a',
        replicas: 2,
        readyReplicas: 2,
        applied: true,
        health: 'Healthy',
      },
      {
        name: 'b',
        replicas: 1,
        readyReplicas: 0,
        applied: false,
        health: 'Healthy',
      },
    ]);
  });
});
