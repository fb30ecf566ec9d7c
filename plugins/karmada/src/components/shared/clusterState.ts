import type {
  PlacementClusterDto,
  WorkloadClusterSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The state of a workload on one cluster, worst first:
 * - `removed`: scheduled there, but the cluster left the fleet;
 * - `unreachable`: the cluster's `Ready` condition is not True;
 * - `unhealthy`: the cluster failed to apply the manifest, or reports
 *   Unhealthy past the rollout's progress deadline;
 * - `expected`: the preview expects replicas there but Karmada has not scheduled any
 *   (often after a fleet change, before rescheduling);
 * - `pending`: scheduled, no status aggregated back yet;
 * - `progressing`: applied, fewer replicas ready than desired (or Karmada's
 *   Unhealthy while the rollout is young: it says so until every replica is
 *   available);
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
 * `running` is neutral (blue): replicas still becoming ready is progress,
 * not a problem; amber (`warning`) and red (`error`) need a look.
 *
 * @public
 */
export const CLUSTER_STATE_INFO: Record<
  ClusterState,
  {
    label: string;
    severity: 'ok' | 'warning' | 'error' | 'pending' | 'running' | 'aborted';
  }
> = {
  removed: { label: 'Left the fleet', severity: 'error' },
  unreachable: { label: 'Cluster not ready', severity: 'error' },
  unhealthy: { label: 'Unhealthy', severity: 'error' },
  expected: { label: 'Expected, not scheduled', severity: 'warning' },
  pending: { label: 'Pending', severity: 'pending' },
  progressing: { label: 'Progressing', severity: 'running' },
  healthy: { label: 'Healthy', severity: 'ok' },
  unscheduled: { label: 'Not scheduled', severity: 'aborted' },
};

/**
 * What the state of a cluster depends on beyond its own status.
 *
 * @public
 */
export interface ClusterStateOptions {
  /**
   * The workload's rollout is young (karmada-common `isRolloutYoung` of its
   * `rollout`): Karmada's Unhealthy then means replicas are still becoming
   * available.
   */
  rollingOut?: boolean;
}

// Karmada's per-cluster status: applied=false with a message is a failed
// apply, without one "not applied yet"; Unhealthy is a failure only once
// the rollout had its time.
function statusState(
  status: { applied?: boolean; appliedMessage?: string; health?: string },
  desired: number,
  ready: number,
  options: ClusterStateOptions,
): ClusterState {
  if (status.applied === false && status.appliedMessage) return 'unhealthy';
  if (status.health === 'Unhealthy' && !options.rollingOut) return 'unhealthy';
  if (status.applied !== true) return 'pending';
  return ready < desired || status.health === 'Unhealthy'
    ? 'progressing'
    : 'healthy';
}

/**
 * The state of one cluster of a workload's placement.
 *
 * @public
 */
export function placementClusterState(
  cluster: PlacementClusterDto,
  options: ClusterStateOptions = {},
): ClusterState {
  const scheduled = cluster.scheduledReplicas !== undefined;
  const status = cluster.status;
  if (scheduled && !cluster.facts) return 'removed';
  if (cluster.facts && cluster.facts.ready.status !== 'True')
    return 'unreachable';
  if (!scheduled) {
    if (status && statusState(status, 0, 0, options) === 'unhealthy')
      return 'unhealthy';
    return (cluster.expectedReplicas ?? 0) > 0 ? 'expected' : 'unscheduled';
  }
  if (!status) return 'pending';
  return statusState(
    status,
    cluster.scheduledReplicas ?? 0,
    status.readyReplicas ?? 0,
    options,
  );
}

/**
 * The state of one cluster from a workload summary (list routes).
 *
 * @public
 */
export function summaryClusterState(
  cluster: WorkloadClusterSummaryDto,
  options: ClusterStateOptions = {},
): ClusterState {
  return statusState(
    cluster,
    cluster.replicas ?? 0,
    cluster.readyReplicas ?? 0,
    options,
  );
}
