import type {
  PlacementClusterDto,
  WorkloadClusterSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The state of a workload on one cluster, worst first:
 * - `removed`: scheduled there, but the cluster left the fleet;
 * - `unreachable`: the cluster's `Ready` condition is not True;
 * - `unhealthy`: the cluster failed to apply the manifest or reports Unhealthy;
 * - `expected`: the preview expects replicas there but Karmada has not scheduled any
 *   (often after a fleet change, before rescheduling);
 * - `pending`: scheduled, no status aggregated back yet;
 * - `progressing`: applied, fewer replicas ready than desired;
 * - `healthy`: applied and every desired replica ready;
 * - `unscheduled`: neither expected nor scheduled (only still running).
 *
 * @public
 */
export type ClusterState =
  | 'removed'
  | 'unreachable'
  | 'unhealthy'
  | 'expected'
  | 'pending'
  | 'progressing'
  | 'healthy'
  | 'unscheduled';

/**
 * How a {@link ClusterState} is shown: its words and its severity.
 *
 * @public
 */
export const CLUSTER_STATE_INFO: Record<
  ClusterState,
  {
    label: string;
    severity: 'ok' | 'warning' | 'error' | 'pending' | 'aborted';
  }
> = {
  removed: { label: 'Left the fleet', severity: 'error' },
  unreachable: { label: 'Cluster not ready', severity: 'error' },
  unhealthy: { label: 'Unhealthy', severity: 'error' },
  expected: { label: 'Expected, not scheduled', severity: 'warning' },
  pending: { label: 'Pending', severity: 'pending' },
  progressing: { label: 'Progressing', severity: 'warning' },
  healthy: { label: 'Healthy', severity: 'ok' },
  unscheduled: { label: 'Not scheduled', severity: 'aborted' },
};

/**
 * The state of one cluster of a workload's placement.
 *
 * @public
 */
export function placementClusterState(
  cluster: PlacementClusterDto,
): ClusterState {
  const scheduled = cluster.scheduledReplicas !== undefined;
  const status = cluster.status;
  if (scheduled && !cluster.facts) return 'removed';
  if (cluster.facts && cluster.facts.ready.status !== 'True')
    return 'unreachable';
  if (status?.applied === false || status?.health === 'Unhealthy')
    return 'unhealthy';
  if (!scheduled) {
    return (cluster.expectedReplicas ?? 0) > 0 ? 'expected' : 'unscheduled';
  }
  if (!status || status.applied === undefined) return 'pending';
  const desired = cluster.scheduledReplicas ?? 0;
  return (status.readyReplicas ?? 0) < desired ? 'progressing' : 'healthy';
}

/**
 * The state of one cluster from a workload summary (list routes).
 *
 * @public
 */
export function summaryClusterState(
  cluster: WorkloadClusterSummaryDto,
): ClusterState {
  if (cluster.applied === false || cluster.health === 'Unhealthy')
    return 'unhealthy';
  if (cluster.applied === undefined) return 'pending';
  return (cluster.readyReplicas ?? 0) < (cluster.replicas ?? 0)
    ? 'progressing'
    : 'healthy';
}
