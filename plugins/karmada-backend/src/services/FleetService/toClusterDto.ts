import {
  Cluster,
  ClusterCapacityDto,
  ClusterDto,
  ConditionDto,
  QuantityValue,
  ResourceFigures,
  ResourceList,
  quantityMilliValue,
  quantityValue,
} from '@karmada-backstage/plugin-karmada-common';

function figure(
  list: ResourceList | undefined,
  name: string,
  milli: boolean,
): number | undefined {
  const v: QuantityValue | undefined = list?.[name];
  if (v === undefined) return undefined;
  try {
    return Number(milli ? quantityMilliValue(v) : quantityValue(v));
  } catch {
    // A malformed quantity in a Cluster status is Karmada's problem, not
    // the user's: show it as unknown rather than failing the page.
    return undefined;
  }
}

function figures(list: ResourceList | undefined): ResourceFigures {
  const out: ResourceFigures = {};
  const cpu = figure(list, 'cpu', true);
  const memory = figure(list, 'memory', false);
  const pods = figure(list, 'pods', false);
  if (cpu !== undefined) out.cpuMillicores = cpu;
  if (memory !== undefined) out.memoryBytes = memory;
  if (pods !== undefined) out.pods = pods;
  return out;
}

function minus(a: ResourceFigures, ...bs: ResourceFigures[]): ResourceFigures {
  const out: ResourceFigures = {};
  for (const key of ['cpuMillicores', 'memoryBytes', 'pods'] as const) {
    if (a[key] === undefined) continue;
    out[key] = Math.max(
      0,
      bs.reduce((acc, b) => acc - (b[key] ?? 0), a[key] as number),
    );
  }
  return out;
}

/**
 * Capacity of a cluster from its resource summary (available = allocatable −
 * allocated − allocating, floored at 0, as Karmada's general estimator).
 *
 * @public
 */
export function clusterCapacity(cluster: Cluster): ClusterCapacityDto {
  const s = cluster.status?.resourceSummary;
  const allocatable = figures(s?.allocatable);
  const allocated = figures(s?.allocated);
  const allocating = figures(s?.allocating);
  return {
    allocatable,
    allocated,
    allocating,
    available: minus(allocatable, allocated, allocating),
  };
}

/**
 * The Ready condition of a cluster; Unknown when it reports none.
 *
 * @public
 */
export function clusterReady(cluster: Cluster): ConditionDto {
  const c = cluster.status?.conditions?.find(x => x.type === 'Ready');
  if (!c)
    return {
      type: 'Ready',
      status: 'Unknown',
      reason: 'NoStatus',
      message: 'the cluster reports no Ready condition',
    };
  const status =
    c.status === 'True' || c.status === 'False' ? c.status : 'Unknown';
  return {
    type: 'Ready',
    status,
    reason: c.reason,
    message: c.message,
    lastTransitionTime: c.lastTransitionTime,
  };
}

/**
 * Zones of a cluster (`spec.zones`, or the deprecated `spec.zone`).
 *
 * @public
 */
export function clusterZones(cluster: Cluster): string[] {
  if (cluster.spec?.zones?.length) return [...cluster.spec.zones];
  return cluster.spec?.zone ? [cluster.spec.zone] : [];
}

/**
 * Whether the cluster serves `apps/v1` Deployments.
 *
 * @public
 */
export function deploymentsEnabled(cluster: Cluster): boolean {
  return !!cluster.status?.apiEnablements?.some(
    e =>
      e.groupVersion === 'apps/v1' &&
      (e.resources ?? []).some(r => r.kind === 'Deployment'),
  );
}

/**
 * The facts of a cluster the UI shows.
 *
 * @public
 */
export function toClusterDto(cluster: Cluster): ClusterDto {
  const nodes = cluster.status?.nodeSummary;
  return {
    name: cluster.metadata.name,
    provider: cluster.spec?.provider,
    region: cluster.spec?.region,
    zones: clusterZones(cluster),
    labels: { ...(cluster.metadata.labels ?? {}) },
    taints: [...(cluster.spec?.taints ?? [])],
    ready: clusterReady(cluster),
    deploymentsEnabled: deploymentsEnabled(cluster),
    kubernetesVersion: cluster.status?.kubernetesVersion,
    syncMode: cluster.spec?.syncMode,
    ...(nodes
      ? { nodes: { total: nodes.totalNum, ready: nodes.readyNum } }
      : {}),
    capacity: clusterCapacity(cluster),
  };
}
