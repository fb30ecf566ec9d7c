// SEMANTICS §9.1, §9.8 and §5's overflow tiers (core/common.go:
// AssignReplicas, assignWorkloadReplicas, removeZeroReplicasCluster).
import type { Placement } from '../types';
import type { Candidate } from './groupClusters';
import type { FleetSnapshot } from './snapshot';
import type { AssignmentStrategy } from './types';
import type { TieBreak } from './webster';
import { Division, Share, divideReplicas } from './divideReplicas';

/** What the assignment stage decided. */
export interface AssignOutcome {
  /** Karmada's `spec.clusters` (zeros removed except on the non-workload path). */
  result?: Share[];
  /** Karmada's error text, complete (`failed to assign replicas: …`). */
  error?: string;
  /** Whether the error is Karmada's Unschedulable (capacity) kind. */
  unschedulable?: boolean;
  /** Why a selected cluster got no replicas, by snapshot index. */
  zeroNotes: Map<number, string>;
  /** Tie-dependent counts: per Webster run, both outcomes (zeros kept). */
  ties: Array<[Share[], Share[]]>;
}

/** The inputs of the assignment stage. */
export interface AssignInput {
  readonly selected: readonly Candidate[];
  readonly strategy: AssignmentStrategy;
  readonly replicas: number;
  /** `replicaRequirements != nil`. */
  readonly hasRequirements: boolean;
  readonly placement: Placement;
  readonly affinityName?: string;
  readonly snapshot: FleetSnapshot;
  readonly tieBreak?: TieBreak;
}

/** `enableOverflow`: the term being tried has overflow affinities. */
export function overflowEnabled(
  placement: Placement,
  affinityName: string | undefined,
): boolean {
  if (
    placement.clusterAffinity ||
    !placement.clusterAffinities ||
    !affinityName
  )
    return false;
  return placement.clusterAffinities.some(
    t => t.affinityName === affinityName && t.overflowAffinities,
  );
}

function absorb(
  outcome: AssignOutcome,
  division: Division,
): Share[] | undefined {
  for (const [index, note] of division.zeroNotes)
    outcome.zeroNotes.set(index, note);
  if (division.alternative && division.shares)
    outcome.ties.push([division.shares, division.alternative]);
  return division.shares;
}

const nonZero = (shares: readonly Share[]) =>
  shares.filter(s => s.replicas > 0);

function assignTiers(
  input: AssignInput,
  outcome: AssignOutcome,
): AssignOutcome {
  const tiers = new Map<number, Candidate[]>();
  let maxOrder = 0;
  for (const c of input.selected) {
    const tier = tiers.get(c.overflowOrder);
    if (tier) tier.push(c);
    else tiers.set(c.overflowOrder, [c]);
    maxOrder = Math.max(maxOrder, c.overflowOrder);
  }
  const result: Share[] = [];
  let remaining = input.replicas;
  for (let order = 0; order <= maxOrder; order++) {
    const tier = tiers.get(order);
    if (!tier) continue;
    let room = 0;
    for (const c of tier) room += c.available;
    const take = Math.min(remaining, room) | 0;
    const division = divideReplicas(
      input.strategy,
      tier,
      take,
      input.placement,
      input.snapshot,
      input.tieBreak,
    );
    const shares = absorb(outcome, division);
    if (!shares)
      return {
        ...outcome,
        error: `failed to assign replicas: ${division.error}`,
        unschedulable: true,
      };
    result.push(...nonZero(shares));
    remaining -= take;
    if (remaining <= 0) {
      for (const [o, later] of tiers) {
        if (o <= order) continue;
        for (const c of later)
          outcome.zeroNotes.set(
            c.index,
            'no replicas assigned (earlier affinity groups had room for all of them)',
          );
      }
      break;
    }
  }
  if (remaining > 0) {
    return {
      ...outcome,
      error:
        'failed to assign replicas: Clusters available replicas are not enough to schedule.',
      unschedulable: true,
    };
  }
  return { ...outcome, result };
}

/** `AssignReplicas` for a fresh binding. */
export function assignReplicas(input: AssignInput): AssignOutcome {
  const outcome: AssignOutcome = { zeroNotes: new Map(), ties: [] };
  if (input.selected.length === 0) {
    return {
      ...outcome,
      error: 'failed to assign replicas: no clusters available to schedule',
    };
  }
  // Not a workload (0 replicas, no requirements): every selected cluster, 0 replicas.
  if (input.replicas <= 0 && !input.hasRequirements) {
    return {
      ...outcome,
      result: input.selected.map(candidate => ({ candidate, replicas: 0 })),
    };
  }
  // A workload with 0 replicas (it has requirements): nothing is divided,
  // every share is 0 and removeZeroReplicasCluster drops them all (§9.8).
  if (input.replicas <= 0) {
    const note =
      input.strategy === 'Duplicated'
        ? 'no replicas assigned (0 replicas requested: Duplicated gives each cluster 0, and Karmada leaves 0-replica clusters out of the result)'
        : 'no replicas assigned (0 replicas requested: nothing to divide)';
    for (const c of input.selected) outcome.zeroNotes.set(c.index, note);
    return { ...outcome, result: [] };
  }
  if (overflowEnabled(input.placement, input.affinityName))
    return assignTiers(input, outcome);
  const division = divideReplicas(
    input.strategy,
    input.selected,
    input.replicas,
    input.placement,
    input.snapshot,
    input.tieBreak,
  );
  const shares = absorb(outcome, division);
  if (!shares)
    return {
      ...outcome,
      error: `failed to assign replicas: ${division.error}`,
      unschedulable: true,
    };
  return { ...outcome, result: nonZero(shares) };
}
