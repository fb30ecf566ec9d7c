// SEMANTICS §3: what the API server and Karmada's webhook do to a placement
// before the scheduler sees it, and how the ResourceBinding's JSON encoding
// (omitempty) turns empty lists into absent ones.
import type {
  ClusterAffinity,
  ClusterAffinityTerm,
  Placement,
  ReplicaSchedulingStrategy,
  SpreadConstraint,
} from '../types';

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function normalizeAffinity<T extends ClusterAffinity>(affinity: T): T {
  const out = { ...affinity };
  out.clusterNames = nonEmpty(affinity.clusterNames);
  out.exclude = nonEmpty(affinity.exclude);
  if (!out.clusterNames) delete out.clusterNames;
  if (!out.exclude) delete out.exclude;
  return out;
}

function normalizeTerm(term: ClusterAffinityTerm): ClusterAffinityTerm {
  const out = normalizeAffinity(term);
  const overflow = nonEmpty(term.overflowAffinities);
  if (overflow) out.overflowAffinities = overflow.map(normalizeAffinity);
  else delete out.overflowAffinities;
  return out;
}

function defaultSpreadConstraint(c: SpreadConstraint): SpreadConstraint {
  const out = { ...c };
  // helper.SetDefaultSpreadConstraints; maxGroups keeps 0 (SEMANTICS §8.6).
  if (!out.spreadByField && !out.spreadByLabel) out.spreadByField = 'cluster';
  if (!out.minGroups) out.minGroups = 1;
  return out;
}

function defaultReplicaScheduling(
  rs: ReplicaSchedulingStrategy,
): ReplicaSchedulingStrategy {
  const out = { ...rs };
  // CRD default `Divided`, then the webhook's SetReplicaDivisionPreferenceWeighted.
  if (!out.replicaSchedulingType) out.replicaSchedulingType = 'Divided';
  if (
    out.replicaSchedulingType === 'Divided' &&
    !out.replicaDivisionPreference
  ) {
    out.replicaDivisionPreference = 'Weighted';
  }
  if (out.weightPreference) {
    const wp = { ...out.weightPreference };
    wp.staticWeightList = nonEmpty(wp.staticWeightList);
    if (!wp.staticWeightList) delete wp.staticWeightList;
    // An empty object stays: `weightPreference: {}` is not the same as none.
    out.weightPreference = wp;
  }
  return out;
}

/**
 * Applies Karmada's placement defaults (SEMANTICS §3): `Divided` and
 * `Weighted` when the scheduling object is present but the fields are empty,
 * `spreadByField: cluster` and `minGroups: 1` on spread constraints, and
 * drops empty lists the way the ResourceBinding's encoding does. Empty
 * objects (`labelSelector: {}`, `clusterAffinity: {}`, `weightPreference: {}`)
 * are kept. Returns a new placement; the argument is not changed.
 *
 * @public
 */
export function applyPlacementDefaults(placement: Placement): Placement {
  const out: Placement = {};
  if (placement.clusterAffinity)
    out.clusterAffinity = normalizeAffinity(placement.clusterAffinity);
  const terms = nonEmpty(placement.clusterAffinities);
  if (terms) out.clusterAffinities = terms.map(normalizeTerm);
  const tolerations = nonEmpty(placement.clusterTolerations);
  if (tolerations) out.clusterTolerations = tolerations;
  const spread = nonEmpty(placement.spreadConstraints);
  if (spread) out.spreadConstraints = spread.map(defaultSpreadConstraint);
  if (placement.replicaScheduling) {
    out.replicaScheduling = defaultReplicaScheduling(
      placement.replicaScheduling,
    );
  }
  return out;
}

/**
 * `Placement.ReplicaSchedulingType()`: `Duplicated` when no strategy is set.
 *
 * @public
 */
export function replicaSchedulingType(placement: Placement): string {
  return placement.replicaScheduling
    ? placement.replicaScheduling.replicaSchedulingType ?? ''
    : 'Duplicated';
}
