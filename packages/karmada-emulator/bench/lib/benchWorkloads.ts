import {
  Cluster,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';

/** Namespaces the workloads are spread over. */
export const BENCH_NAMESPACES = 20;

const namespaceOf = (i: number) => `team-${i % BENCH_NAMESPACES}`;

/** The namespaces the workloads live in. */
export function benchNamespaces(): KubernetesObject[] {
  return Array.from({ length: BENCH_NAMESPACES }, (_, n) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: `team-${n}` },
  }));
}

/** Ready clusters without taints: where name-pinned placements always fit. */
export function schedulableNames(fleet: Cluster[]): string[] {
  return fleet
    .filter(
      c =>
        c.status?.conditions?.some(
          x => x.type === 'Ready' && x.status === 'True',
        ) && !(c.spec?.taints ?? []).length,
    )
    .map(c => c.metadata.name);
}

// Four placements in rotation, each landing on a handful of clusters (a
// real fleet of workloads, not every workload everywhere): pinned names with
// static weights, labels with dynamic weights over at most 3 clusters,
// Duplicated on two names, and a region spread with Aggregated replicas.
function placementOf(i: number, names: string[]): Record<string, unknown> {
  const pick = (k: number) => names[(i * 7 + k * 13) % names.length];
  const divided = { replicaSchedulingType: 'Divided' };
  switch (i % 4) {
    case 0:
      return {
        clusterAffinity: { clusterNames: [pick(0), pick(1), pick(2)] },
        replicaScheduling: {
          ...divided,
          replicaDivisionPreference: 'Weighted',
        },
      };
    case 1:
      return {
        clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 3 },
        ],
        replicaScheduling: {
          ...divided,
          replicaDivisionPreference: 'Weighted',
          weightPreference: { dynamicWeight: 'AvailableReplicas' },
        },
      };
    case 2:
      return {
        clusterAffinity: { clusterNames: [pick(0), pick(1)] },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      };
    default:
      return {
        clusterAffinity: {
          labelSelector: { matchLabels: { env: 'staging' } },
        },
        spreadConstraints: [
          { spreadByField: 'region', minGroups: 1, maxGroups: 2 },
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 3 },
        ],
        replicaScheduling: {
          ...divided,
          replicaDivisionPreference: 'Aggregated',
        },
      };
  }
}

/**
 * Workload `i`: a Deployment and the PropagationPolicy that places it; every
 * 10th also an OverridePolicy, every 20th a ConfigMap it propagates with
 * `propagateDeps`. `names` are clusters name-pinned placements may use.
 */
export function benchWorkload(i: number, names: string[]): KubernetesObject[] {
  const namespace = namespaceOf(i);
  const name = `app-${i}`;
  const withConfig = i % 20 === 0;
  const container: Record<string, unknown> = {
    name: 'app',
    image: `registry.example.com/app:${i % 10}`,
    resources: { requests: { cpu: '100m', memory: '128Mi' } },
  };
  if (withConfig)
    container.envFrom = [{ configMapRef: { name: `${name}-config` } }];
  const out: KubernetesObject[] = [];
  if (withConfig)
    out.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${name}-config`, namespace },
      data: { LOG_LEVEL: 'info' },
    });
  out.push(
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace, labels: { app: name } },
      spec: {
        replicas: 2 + (i % 5),
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: { containers: [container] },
        },
      },
    },
    {
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      metadata: { name, namespace },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name },
        ],
        ...(withConfig ? { propagateDeps: true } : {}),
        placement: placementOf(i, names),
      },
    },
  );
  if (i % 10 === 0)
    out.push({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'OverridePolicy',
      metadata: { name, namespace },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name },
        ],
        overrideRules: [
          {
            targetCluster: {
              fieldSelector: {
                matchExpressions: [
                  { key: 'provider', operator: 'In', values: ['aws'] },
                ],
              },
            },
            overriders: {
              imageOverrider: [
                { component: 'Tag', operator: 'replace', value: 'canary' },
              ],
            },
          },
        ],
      },
    });
  return out;
}

/** Workloads `from` … `to - 1` (see {@link benchWorkload}). */
export function benchWorkloads(
  from: number,
  to: number,
  names: string[],
): KubernetesObject[] {
  const out: KubernetesObject[] = [];
  for (let i = from; i < to; i++) out.push(...benchWorkload(i, names));
  return out;
}
