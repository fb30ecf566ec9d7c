import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import {
  ClusterStateOptions,
  placementClusterState,
  summaryClusterState,
} from './clusterState';

const base: PlacementClusterDto = {
  cluster: 'member1',
  facts: { zones: [], ready: { type: 'Ready', status: 'True' } },
  manifest: {},
  changes: [],
  appliedPolicies: [],
};

const young: ClusterStateOptions = { rollingOut: true };
const settled: ClusterStateOptions = { rollingOut: false };

describe('placementClusterState', () => {
  it.each<[string, Partial<PlacementClusterDto>, ClusterStateOptions, string]>([
    [
      'all ready',
      { scheduledReplicas: 2, status: { applied: true, readyReplicas: 2 } },
      settled,
      'healthy',
    ],
    [
      'fewer ready',
      { scheduledReplicas: 3, status: { applied: true, readyReplicas: 1 } },
      settled,
      'progressing',
    ],
    ['no status yet', { scheduledReplicas: 3 }, settled, 'pending'],
    [
      'not applied yet (no message)',
      { scheduledReplicas: 3, status: { applied: false, health: 'Unknown' } },
      settled,
      'pending',
    ],
    [
      'apply failed',
      {
        scheduledReplicas: 3,
        status: { applied: false, appliedMessage: 'quota exceeded' },
      },
      young,
      'unhealthy',
    ],
    [
      'Unhealthy while the rollout is young: replicas becoming available',
      {
        scheduledReplicas: 3,
        status: { applied: true, health: 'Unhealthy', readyReplicas: 1 },
      },
      young,
      'progressing',
    ],
    [
      'Unhealthy while young, every replica ready but not all available',
      {
        scheduledReplicas: 3,
        status: { applied: true, health: 'Unhealthy', readyReplicas: 3 },
      },
      young,
      'progressing',
    ],
    [
      'Unhealthy past the progress deadline',
      {
        scheduledReplicas: 3,
        status: { applied: true, health: 'Unhealthy', readyReplicas: 3 },
      },
      settled,
      'unhealthy',
    ],
    [
      'Unhealthy with no rollout known',
      {
        scheduledReplicas: 3,
        status: { applied: true, health: 'Unhealthy', readyReplicas: 1 },
      },
      {},
      'unhealthy',
    ],
    ['expected only', { expectedReplicas: 2 }, settled, 'expected'],
    ['neither', { status: { applied: true } }, settled, 'unscheduled'],
    [
      'left the fleet',
      { facts: undefined, scheduledReplicas: 1 },
      young,
      'removed',
    ],
    [
      'cluster not ready',
      {
        facts: { zones: [], ready: { type: 'Ready', status: 'Unknown' } },
        scheduledReplicas: 1,
      },
      young,
      'unreachable',
    ],
  ])('%s', (_name, patch, options, state) => {
    expect(placementClusterState({ ...base, ...patch }, options)).toBe(state);
  });
});

describe('summaryClusterState', () => {
  it.each<
    [Parameters<typeof summaryClusterState>[0], ClusterStateOptions, string]
  >([
    [
      { name: 'a', replicas: 2, readyReplicas: 2, applied: true },
      {},
      'healthy',
    ],
    [
      { name: 'a', replicas: 2, readyReplicas: 1, applied: true },
      {},
      'progressing',
    ],
    [{ name: 'a', replicas: 2 }, {}, 'pending'],
    [{ name: 'a', replicas: 2, applied: false }, {}, 'pending'],
    [
      { name: 'a', replicas: 2, applied: false, appliedMessage: 'denied' },
      young,
      'unhealthy',
    ],
    [
      {
        name: 'a',
        replicas: 2,
        readyReplicas: 1,
        applied: true,
        health: 'Unhealthy',
      },
      young,
      'progressing',
    ],
    [
      {
        name: 'a',
        replicas: 2,
        readyReplicas: 1,
        applied: true,
        health: 'Unhealthy',
      },
      settled,
      'unhealthy',
    ],
  ])('%j %j', (cluster, options, state) => {
    expect(summaryClusterState(cluster, options)).toBe(state);
  });
});
