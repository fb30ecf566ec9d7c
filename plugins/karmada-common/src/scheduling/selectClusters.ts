// SEMANTICS §8.2 (spreadconstraint/select_clusters.go: SelectBestClusters):
// whether spread constraints apply, and by cluster or by region.
import type { Placement, SpreadConstraint } from '../types';
import type { Candidate } from './groupClusters';
import type { FleetSnapshot } from './snapshot';
import { selectBestClustersByCluster } from './selectByCluster';
import { selectBestClustersByRegion } from './selectByRegion';
import { GroupSearchTooLarge } from './selectGroups';

/** What the selection stage decided. */
export interface SelectionOutcome {
  /** The selected clusters in Karmada's order; absent on error. */
  selected?: Candidate[];
  /** Karmada's selection error, without the `failed to select clusters: ` prefix. */
  error?: string;
  /** Plain words for the error, shown on every candidate. */
  note?: string;
  /** Plain words for feasible clusters that were not selected. */
  notSelectedNote?: string;
  /** Per-cluster words that override `notSelectedNote` (by snapshot index). */
  notSelectedNoteOf?: (clusterIndex: number) => string | undefined;
  /** Clusters the by-cluster selection swapped out for roomier ones. */
  swappedOut?: Candidate[];
  swapNote?: string;
}

/**
 * `shouldIgnoreSpreadConstraint`: static-weight placements (Divided +
 * Weighted, with no weightPreference or a staticWeightList without
 * dynamicWeight) skip spread selection entirely.
 */
export function ignoresSpreadConstraints(placement: Placement): boolean {
  const rs = placement.replicaScheduling;
  if (
    !rs ||
    rs.replicaSchedulingType !== 'Divided' ||
    rs.replicaDivisionPreference !== 'Weighted'
  ) {
    return false;
  }
  const wp = rs.weightPreference;
  return !wp || ((wp.staticWeightList?.length ?? 0) > 0 && !wp.dynamicWeight);
}

/** `shouldIgnoreAvailableResource`: Duplicated (or no strategy) selects without capacity. */
export function ignoresAvailableResource(placement: Placement): boolean {
  const rs = placement.replicaScheduling;
  return !rs || rs.replicaSchedulingType === 'Duplicated';
}

/** Whether spread selection runs at all (otherwise every candidate is selected). */
export function appliesSpreadSelection(placement: Placement): boolean {
  return (
    (placement.spreadConstraints?.length ?? 0) > 0 &&
    !ignoresSpreadConstraints(placement)
  );
}

/**
 * `SelectBestClusters`. `candidates` are in name order; `sorted()` gives them
 * in §8.1 order (computed when asked). Without spread selection the result
 * is `candidates` when `keepOrder` is false (the order does not matter then),
 * else the §8.1 order.
 */
export function selectClusters(
  placement: Placement,
  candidates: readonly Candidate[],
  sorted: () => readonly Candidate[],
  keepOrder: boolean,
  replicas: number,
  snapshot: FleetSnapshot,
): SelectionOutcome {
  if (!appliesSpreadSelection(placement))
    return { selected: keepOrder ? [...sorted()] : [...candidates] };
  const needReplicas = ignoresAvailableResource(placement) ? -1 : replicas;
  // Indexed by spreadByField; the last constraint of each field wins.
  const byField = new Map<string, SpreadConstraint>();
  for (const c of placement.spreadConstraints ?? [])
    byField.set(c.spreadByField ?? '', c);
  try {
    if (byField.has('region')) {
      return selectBestClustersByRegion(
        byField,
        candidates,
        snapshot,
        placement,
        replicas,
      );
    }
  } catch (e) {
    if (!(e instanceof GroupSearchTooLarge)) throw e;
    return {
      error:
        'the region search did not finish (too many region combinations to try)',
      note: 'too many region combinations: Karmada would search for a very long time; narrow the placement',
    };
  }
  const clusterConstraint = byField.get('cluster');
  if (clusterConstraint)
    return selectBestClustersByCluster(
      clusterConstraint,
      sorted(),
      needReplicas,
    );
  return {
    error: 'just support cluster and region spread constraint',
    note: 'Karmada selects by cluster or by region only; add a cluster spread constraint',
  };
}
