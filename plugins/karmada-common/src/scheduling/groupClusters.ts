// SEMANTICS §8.1 (spreadconstraint/group_clusters.go: generateClustersInfo,
// util.go: sortClusters): every feasible cluster with its available
// replicas and overflow order, sorted by overflow order, score (always 0
// for a fresh binding), available replicas descending, then name.
import type { Placement } from '../types';
import type { FleetSnapshot } from './snapshot';
import { compileAffinity } from './compileAffinity';
import { findAffinityTerm } from './plugins/clusterAffinity';

/** A feasible cluster as the selection and assignment stages see it. */
export interface Candidate {
  /** Index in the snapshot. */
  readonly index: number;
  /** Position among the candidates in name order (for cheap name tie-breaks). */
  readonly position: number;
  readonly overflowOrder: number;
  /** availableReplicas = allocatableReplicas for a fresh binding. */
  readonly available: number;
}

/** The §8.1 order as a comparator. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.overflowOrder !== b.overflowOrder)
    return a.overflowOrder - b.overflowOrder;
  if (a.available !== b.available) return b.available - a.available;
  return a.position - b.position;
}

/**
 * `getClusterOverflowOrder`: 0 for the term's own affinity, i+1 for the
 * first overflow affinity i that matches, 1000 otherwise; 0 for everyone
 * without clusterAffinities.
 */
export function overflowOrders(
  placement: Placement,
  affinityName: string | undefined,
  snapshot: FleetSnapshot,
  feasibleInNameOrder: readonly number[],
): Int32Array {
  const orders = new Int32Array(feasibleInNameOrder.length);
  if (placement.clusterAffinity || !placement.clusterAffinities) return orders;
  const term = findAffinityTerm(placement, affinityName);
  if (!term?.overflowAffinities) {
    // Every feasible cluster matched the term itself.
    return orders;
  }
  const { labelSelector, fieldSelector, clusterNames, exclude } = term;
  const own = compileAffinity(
    { labelSelector, fieldSelector, clusterNames, exclude },
    snapshot,
  );
  const overflow = term.overflowAffinities.map(a =>
    compileAffinity(a, snapshot),
  );
  feasibleInNameOrder.forEach((index, p) => {
    if (own.matches(index)) return;
    const k = overflow.findIndex(a => a.matches(index));
    orders[p] = k >= 0 ? k + 1 : 1000;
  });
  return orders;
}

const POSITION_BITS = 2 ** 21;

/**
 * Sorts candidates into the §8.1 order. `candidates[p].position` must be `p`
 * (they are built in name order). Within an overflow tier the order is one
 * numeric key per candidate, so the sort is a native typed-array sort rather
 * than a comparator call per comparison.
 */
export function sortCandidates(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length >= POSITION_BITS)
    return [...candidates].sort(compareCandidates);
  const tiers = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const tier = tiers.get(c.overflowOrder);
    if (tier) tier.push(c);
    else tiers.set(c.overflowOrder, [c]);
  }
  const out: Candidate[] = [];
  for (const order of [...tiers.keys()].sort((a, b) => a - b)) {
    const tier = tiers.get(order) ?? [];
    const keys = new Float64Array(tier.length);
    // available is an int32: 2^31-1-available is in [0, 2^32), times 2^21 stays below 2^53.
    tier.forEach((c, k) => {
      keys[k] = (2147483647 - c.available) * POSITION_BITS + c.position;
    });
    keys.sort();
    for (let k = 0; k < keys.length; k++)
      out.push(candidates[keys[k] % POSITION_BITS]);
  }
  return out;
}
