import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import type { ClusterMapCluster } from '../shared/ClusterMap';
import {
  ClusterStateOptions,
  placementClusterState,
} from '../shared/clusterState';

/**
 * The clusters of a placement as map tiles: sized by scheduled replicas
 * (expected ones for clusters Karmada has not scheduled yet), with the
 * ready replicas Karmada aggregated back.
 */
export function placementMapClusters(
  clusters: PlacementClusterDto[],
  options: ClusterStateOptions = {},
): ClusterMapCluster[] {
  return clusters.map(c => ({
    name: c.cluster,
    provider: c.facts?.provider,
    region: c.facts?.region,
    zones: c.facts?.zones ?? [],
    replicas: c.scheduledReplicas ?? c.expectedReplicas ?? 0,
    ready:
      c.scheduledReplicas !== undefined
        ? c.status?.readyReplicas ?? 0
        : undefined,
    state: placementClusterState(c, options),
  }));
}

/**
 * Which of expected, scheduled and running disagree on one cluster:
 * expected ≠ scheduled (the fleet changed since Karmada scheduled, or the
 * preview and the scheduler differ) and ready < scheduled.
 */
export function clusterMismatch(c: PlacementClusterDto): {
  expectedVsScheduled: boolean;
  notReady: boolean;
} {
  const scheduled = c.scheduledReplicas ?? 0;
  return {
    expectedVsScheduled: (c.expectedReplicas ?? 0) !== scheduled,
    notReady: scheduled > 0 && (c.status?.readyReplicas ?? 0) < scheduled,
  };
}
