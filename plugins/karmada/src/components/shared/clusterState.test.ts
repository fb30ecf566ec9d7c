import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import { placementClusterState, summaryClusterState } from './clusterState';

const base: PlacementClusterDto = {
  cluster: 'member1',
  facts: { zones: [], ready: { type: 'Ready', status: 'True' } },
  manifest: {},
  changes: [],
  appliedPolicies: [],
};

describe('placementClusterState', () => {
  it.each<[string, Partial<PlacementClusterDto>, string]>([
    [
      'all ready',
      { scheduledReplicas: 2, status: { applied: true, readyReplicas: 2 } },
      'healthy',
    ],
    [
      'fewer ready',
      { scheduledReplicas: 3, status: { applied: true, readyReplicas: 1 } },
      'progressing',
    ],
    ['no status yet', { scheduledReplicas: 3 }, 'pending'],
    [
      'apply failed',
      { scheduledReplicas: 3, status: { applied: false } },
      'unhealthy',
    ],
    [
      'reported unhealthy',
      {
        scheduledReplicas: 3,
        status: { applied: true, health: 'Unhealthy', readyReplicas: 3 },
      },
      'unhealthy',
    ],
    ['expected only', { expectedReplicas: 2 }, 'expected'],
    ['neither', { status: { applied: true } }, 'unscheduled'],
    ['left the fleet', { facts: undefined, scheduledReplicas: 1 }, 'removed'],
    [
      'cluster not ready',
      {
        facts: { zones: [], ready: { type: 'Ready', status: 'Unknown' } },
        scheduledReplicas: 1,
      },
      'unreachable',
    ],
  ])('%s', (_name, patch, state) => {
    expect(placementClusterState({ ...base, ...patch })).toBe(state);
  });
});

describe('summaryClusterState', () => {
  it.each([
    [{ name: 'a', replicas: 2, readyReplicas: 2, applied: true }, 'healthy'],
    [
      { name: 'a', replicas: 2, readyReplicas: 1, applied: true },
      'progressing',
    ],
    [{ name: 'a', replicas: 2 }, 'pending'],
    [{ name: 'a', replicas: 2, applied: false }, 'unhealthy'],
  ])('%j', (cluster, state) => {
    expect(summaryClusterState(cluster)).toBe(state);
  });
});
