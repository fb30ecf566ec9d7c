import type { WorkloadSummaryDto } from '@karmada-backstage/plugin-karmada-common';

/**
 * Desired and ready replicas of a workload across its clusters. Summed per
 * cluster, because with Duplicated every cluster runs all the template's
 * replicas (3 clusters × 2 = 6 desired); before scheduling, the template's
 * count with none ready.
 *
 * @public
 */
export function workloadTotals(w: WorkloadSummaryDto): {
  desired: number;
  ready: number;
} {
  if (w.clusters.length === 0) return { desired: w.replicas, ready: 0 };
  return {
    desired: w.clusters.reduce((n, c) => n + (c.replicas ?? 0), 0),
    ready: w.clusters.reduce((n, c) => n + (c.readyReplicas ?? 0), 0),
  };
}
