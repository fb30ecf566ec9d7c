import type {
  ClusterAffinity,
  ClusterAffinityTerm,
  LabelSelectorRequirement,
  Placement,
  ReplicaSchedulingStrategy,
  SpreadConstraint,
  Toleration,
} from '../types';
import type { PlacementSpec, SchedulingSpec } from '../spec';
import { compact } from './objectMetadata';

/**
 * The `maxGroups` of the cluster spread constraint written next to a region
 * constraint when the user set no cluster limit. Karmada requires a cluster
 * constraint beside a region one, and its `maxGroups` caps how many
 * clusters of the chosen regions are used (§8.4: min(clusters in the chosen
 * regions, maxGroups)). Karmada has no "unbounded" value — 0 selects nothing
 * (§8.6) — so the portal writes the largest int32, which keeps every cluster
 * of the chosen regions eligible: only the region limits the user chose apply.
 *
 * @public
 */
export const UNLIMITED_CLUSTER_GROUPS = 2147483647;

/**
 * The `affinityName` of the primary selection when fallbacks make it a
 * `clusterAffinities` term.
 *
 * @public
 */
export const PRIMARY_AFFINITY_NAME = 'primary';

type Selection = Pick<
  PlacementSpec,
  'mode' | 'clusterNames' | 'area' | 'labels'
>;

function labelRequirement(
  c: NonNullable<Selection['labels']>[number],
): LabelSelectorRequirement {
  switch (c.operator) {
    case 'Equal':
      return { key: c.key, operator: 'In', values: [c.value ?? ''] };
    case 'In':
    case 'NotIn':
      return { key: c.key, operator: c.operator, values: c.values ?? [] };
    default:
      return { key: c.key, operator: c.operator };
  }
}

function toAffinity(selection: Selection, exclude: string[]): ClusterAffinity {
  const affinity: ClusterAffinity = {};
  if (selection.mode === 'labels') {
    affinity.labelSelector = {
      matchExpressions: (selection.labels ?? []).map(labelRequirement),
    };
  } else if (selection.mode === 'area') {
    const area = selection.area;
    const expressions = (
      [
        ['provider', area?.providers],
        ['region', area?.regions],
        ['zone', area?.zones],
      ] as const
    )
      .filter(([, values]) => values && values.length > 0)
      .map(([key, values]) => ({
        key,
        operator: 'In',
        values: [...(values ?? [])],
      }));
    // An area with no choice means any cluster: no field selector at all.
    if (expressions.length)
      affinity.fieldSelector = { matchExpressions: expressions };
  } else {
    affinity.clusterNames = [...(selection.clusterNames ?? [])];
  }
  if (exclude.length) affinity.exclude = exclude;
  return affinity;
}

function unique(names: string[]): string[] {
  return names.filter((n, i) => names.indexOf(n) === i);
}

function toSpreadConstraints(
  placement: PlacementSpec,
): SpreadConstraint[] | undefined {
  const { spreadByRegion: region, spreadByCluster: cluster } = placement;
  if (!region && !cluster) return undefined;
  const out: SpreadConstraint[] = [
    {
      spreadByField: 'cluster',
      minGroups: cluster?.minGroups ?? region?.minGroups ?? 1,
      maxGroups: cluster?.maxGroups ?? UNLIMITED_CLUSTER_GROUPS,
    },
  ];
  if (region)
    out.push({
      spreadByField: 'region',
      minGroups: region.minGroups,
      maxGroups: region.maxGroups,
    });
  return out;
}

/**
 * Karmada's replica scheduling strategy for a scheduling type of the form.
 *
 * @public
 */
export function toReplicaScheduling(
  scheduling: SchedulingSpec,
): ReplicaSchedulingStrategy {
  switch (scheduling.type) {
    case 'Duplicated':
      return { replicaSchedulingType: 'Duplicated' };
    case 'Aggregated':
      return {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Aggregated',
      };
    case 'DynamicWeight':
      return {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      };
    default:
      return {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: {
          staticWeightList: (scheduling.weights ?? []).map(w => ({
            targetCluster: w.clusterNames
              ? { clusterNames: [...w.clusterNames] }
              : {
                  labelSelector: compact({
                    matchLabels: w.labelSelector?.matchLabels,
                    matchExpressions: w.labelSelector?.matchExpressions,
                  }),
                },
            weight: w.weight,
          })),
        },
      };
  }
}

/**
 * Turns the form's placement and replica scheduling into Karmada's
 * Placement. Pure and cheap: the placement picker calls it on every keystroke
 * to preview the result. The primary selection is `clusterAffinity`, or the
 * first `clusterAffinities` term (named `primary`) when there are fallbacks;
 * `placement.exclude` applies to every term.
 *
 * @public
 */
export function toKarmadaPlacement(
  placement: PlacementSpec,
  scheduling: SchedulingSpec,
): Placement {
  const exclude = placement.exclude ?? [];
  const primary = toAffinity(placement, [...exclude]);
  const fallbacks = placement.fallbacks ?? [];
  let affinity: Pick<Placement, 'clusterAffinity' | 'clusterAffinities'> = {};
  if (fallbacks.length) {
    const terms: ClusterAffinityTerm[] = [
      { affinityName: PRIMARY_AFFINITY_NAME, ...primary },
      ...fallbacks.map(f => ({
        affinityName: f.name,
        ...toAffinity(f, unique([...exclude, ...(f.exclude ?? [])])),
      })),
    ];
    affinity = { clusterAffinities: terms };
  } else if (Object.keys(primary).length) {
    affinity = { clusterAffinity: primary };
  }
  const tolerations: Toleration[] = (placement.tolerations ?? []).map(t =>
    compact({
      key: t.key,
      operator: t.operator,
      value: t.value,
      effect: t.effect,
    }),
  );
  return compact({
    ...affinity,
    clusterTolerations: tolerations.length ? tolerations : undefined,
    spreadConstraints: toSpreadConstraints(placement),
    replicaScheduling: toReplicaScheduling(scheduling),
  });
}
