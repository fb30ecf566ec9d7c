// SEMANTICS §9.2–9.6 (core/assignment.go, division_algorithm.go): one
// strategy over one list of clusters. Results are name-ascending for the
// divided strategies and in selection order for Duplicated.
import type { Placement } from '../types';
import type { Candidate } from './groupClusters';
import type { FleetSnapshot } from './snapshot';
import type { AssignmentStrategy } from './types';
import { compileAffinity } from './compileAffinity';
import { goSort } from './goSort';
import { TieBreak, websterSeats } from './webster';

/** One cluster's share. */
export interface Share {
  readonly candidate: Candidate;
  readonly replicas: number;
}

/** A strategy's result: shares (zeros included), or Karmada's error. */
export interface Division {
  shares?: Share[];
  /** Karmada's error below `failed to assign replicas: `. */
  error?: string;
  /** The other reachable shares when a Webster tie decides counts. */
  alternative?: Share[];
  /** Why a cluster got nothing, by snapshot index. */
  zeroNotes: Map<number, string>;
}

/**
 * `newAssignState`'s strategy type; undefined for combinations Karmada does
 * not support (its webhook rejects them).
 *
 * @public
 */
export function replicaStrategy(
  placement: Placement,
): AssignmentStrategy | undefined {
  const rs = placement.replicaScheduling;
  if (!rs || rs.replicaSchedulingType === 'Duplicated') return 'Duplicated';
  if (rs.replicaSchedulingType !== 'Divided') return undefined;
  if (rs.replicaDivisionPreference === 'Aggregated') return 'Aggregated';
  if (rs.replicaDivisionPreference !== 'Weighted') return undefined;
  return rs.weightPreference?.dynamicWeight ? 'DynamicWeight' : 'StaticWeight';
}

function byName(candidates: readonly Candidate[]): readonly Candidate[] {
  // Often already in name order (no spread selection); skip the sort then.
  for (let k = 1; k < candidates.length; k++) {
    if (candidates[k - 1].position > candidates[k].position) {
      return [...candidates].sort((a, b) => a.position - b.position);
    }
  }
  return candidates;
}

function webster(
  total: number,
  parties: readonly Candidate[],
  votes: number[],
  tieBreak: TieBreak | undefined,
): Pick<Division, 'shares' | 'alternative'> {
  const { seats, alternative } = websterSeats(total, votes, tieBreak);
  const toShares = (s: Int32Array) =>
    parties.map((candidate, k) => ({ candidate, replicas: s[k] }));
  return {
    shares: toShares(seats),
    alternative: alternative && toShares(alternative),
  };
}

function staticWeight(
  candidates: readonly Candidate[],
  total: number,
  placement: Placement,
  snapshot: FleetSnapshot,
  tieBreak: TieBreak | undefined,
): Division {
  const zeroNotes = new Map<number, string>();
  const sorted = byName(candidates);
  const wp = placement.replicaScheduling?.weightPreference;
  let weights = sorted.map(() => 1);
  if (wp) {
    const rules = (wp.staticWeightList ?? []).map(r => ({
      weight: r.weight,
      match: compileAffinity(r.targetCluster, snapshot),
    }));
    weights = sorted.map(c =>
      rules.reduce(
        (w, r) => (r.match.matches(c.index) ? Math.max(w, r.weight) : w),
        0,
      ),
    );
    if (!weights.some(w => w > 0)) weights = sorted.map(() => 1);
  }
  const parties = sorted.filter((_, k) => weights[k] > 0);
  for (const [k, c] of sorted.entries()) {
    if (weights[k] <= 0)
      zeroNotes.set(
        c.index,
        'no replicas assigned (weight 0: no staticWeightList rule matches it)',
      );
  }
  return {
    ...webster(
      total,
      parties,
      weights.filter(w => w > 0),
      tieBreak,
    ),
    zeroNotes,
  };
}

function dynamic(
  candidates: readonly Candidate[],
  total: number,
  aggregated: boolean,
  tieBreak: TieBreak | undefined,
): Division {
  const zeroNotes = new Map<number, string>();
  // A fresh binding: nothing assigned yet, so 0 replicas means nothing to do.
  if (total === 0) return { shares: [], zeroNotes };
  // dynamicScaleUp sorts by allocatable replicas with Go's sort.Sort (not
  // stable); only Aggregated's prefix depends on that order.
  const available = aggregated
    ? goSort([...candidates], (a, b) => a.available > b.available)
    : candidates;
  let sum = 0;
  for (const c of available) sum = (sum + c.available) | 0; // GetSumOfReplicas is int32
  if (sum < total) {
    return {
      error: `failed to scale up: Clusters available replicas ${sum} are not enough to schedule.`,
      zeroNotes,
    };
  }
  let parties: readonly Candidate[] = available;
  if (aggregated) {
    let prefix = 0;
    for (let k = 0; k < available.length; k++) {
      prefix = (prefix + available[k].available) | 0;
      if (prefix >= total) {
        parties = available.slice(0, k + 1);
        break;
      }
    }
    for (const c of available.slice(parties.length)) {
      zeroNotes.set(
        c.index,
        `no replicas assigned (Aggregated uses as few clusters as possible, and larger ones hold all ${total})`,
      );
    }
  }
  const sorted = byName(parties);
  const noRoom = 'no replicas assigned (no room for one)';
  for (const c of sorted) {
    if (c.available === 0) zeroNotes.set(c.index, noRoom);
    else if (c.available < 0)
      zeroNotes.set(
        c.index,
        `no replicas assigned (no room: ${c.available} available)`,
      );
  }
  return {
    ...webster(
      total,
      sorted,
      sorted.map(c => c.available),
      tieBreak,
    ),
    zeroNotes,
  };
}

/** `assignReplicasToClusters` before zero removal: one strategy over one list. */
export function divideReplicas(
  strategy: AssignmentStrategy,
  candidates: readonly Candidate[],
  total: number,
  placement: Placement,
  snapshot: FleetSnapshot,
  tieBreak: TieBreak | undefined,
): Division {
  switch (strategy) {
    case 'Duplicated':
      return {
        shares: candidates.map(candidate => ({ candidate, replicas: total })),
        zeroNotes: new Map(),
      };
    case 'StaticWeight':
      return staticWeight(candidates, total, placement, snapshot, tieBreak);
    case 'DynamicWeight':
      return dynamic(candidates, total, false, tieBreak);
    default:
      return dynamic(candidates, total, true, tieBreak);
  }
}
