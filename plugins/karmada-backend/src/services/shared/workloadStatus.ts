import {
  ClusterWorkloadStatusDto,
  Condition,
  ConditionDto,
  ResourceBinding,
  WorkloadClusterSummaryDto,
  WorkloadHealth,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * A condition in DTO form.
 *
 * @public
 */
export function conditionDto(
  c: Condition | undefined,
): ConditionDto | undefined {
  if (!c) return undefined;
  const status =
    c.status === 'True' || c.status === 'False' ? c.status : 'Unknown';
  return {
    type: c.type,
    status,
    reason: c.reason,
    message: c.message,
    lastTransitionTime: c.lastTransitionTime,
  };
}

/**
 * A condition of a binding by type.
 *
 * @public
 */
export function bindingCondition(
  binding: ResourceBinding | undefined,
  type: string,
): ConditionDto | undefined {
  return conditionDto(binding?.status?.conditions?.find(c => c.type === type));
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Per-cluster status Karmada aggregated into the binding, by cluster name.
 *
 * @public
 */
export function aggregatedStatusByCluster(
  binding: ResourceBinding | undefined,
): Map<string, ClusterWorkloadStatusDto> {
  const out = new Map<string, ClusterWorkloadStatusDto>();
  for (const item of binding?.status?.aggregatedStatus ?? []) {
    const s = (item.status ?? {}) as Record<string, unknown>;
    out.set(item.clusterName, {
      applied: item.applied,
      appliedMessage: item.appliedMessage,
      health: item.health,
      replicas: num(s.replicas),
      readyReplicas: num(s.readyReplicas),
      availableReplicas: num(s.availableReplicas),
      updatedReplicas: num(s.updatedReplicas),
    });
  }
  return out;
}

/**
 * Clusters of a workload with desired and ready replicas.
 *
 * @public
 */
export function clusterSummaries(
  binding: ResourceBinding | undefined,
): WorkloadClusterSummaryDto[] {
  const status = aggregatedStatusByCluster(binding);
  return (binding?.spec.clusters ?? []).map(t => {
    const s = status.get(t.name);
    return {
      name: t.name,
      replicas: t.replicas,
      readyReplicas: s?.readyReplicas,
      applied: s?.applied,
      ...(s?.appliedMessage ? { appliedMessage: s.appliedMessage } : {}),
      health: s?.health,
    };
  });
}

/**
 * Overall health of a workload from its binding (see WorkloadHealth);
 * `rollingOut` when its rollout is young (see RolloutDto).
 *
 * @public
 */
export function workloadHealth(
  binding: ResourceBinding | undefined,
  suspended: boolean,
  rollingOut = false,
): WorkloadHealth {
  if (suspended) return 'Suspended';
  if (!binding) return 'Unscheduled';
  const scheduled = bindingCondition(binding, 'Scheduled');
  if (!scheduled) return 'Unknown';
  if (scheduled.status === 'False') return 'Unscheduled';
  const targets = binding.spec.clusters ?? [];
  if (targets.length === 0) return 'Unscheduled';
  const status = aggregatedStatusByCluster(binding);
  let allReady = true;
  for (const t of targets) {
    const s = status.get(t.name);
    // applied=false without a message means "not applied yet" (Karmada
    // sets it until the Work's Applied condition turns True).
    if (s?.applied === false && s.appliedMessage) return 'Degraded';
    // Karmada says Unhealthy until every replica is available: during a
    // young rollout that is progress; past its deadline, a failure.
    if (s?.health === 'Unhealthy') {
      if (!rollingOut) return 'Degraded';
      allReady = false;
    }
    const want = t.replicas ?? binding.spec.replicas ?? 0;
    if (!s || s.applied !== true || (s.readyReplicas ?? 0) < want)
      allReady = false;
  }
  return allReady ? 'Healthy' : 'Progressing';
}

/**
 * Ready replicas across clusters.
 *
 * @public
 */
export function readyReplicas(binding: ResourceBinding | undefined): number {
  let sum = 0;
  for (const s of aggregatedStatusByCluster(binding).values())
    sum += s.readyReplicas ?? 0;
  return sum;
}
