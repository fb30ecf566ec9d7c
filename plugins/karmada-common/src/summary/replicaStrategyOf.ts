import type { Placement, StaticClusterWeight } from '../types';

/**
 * How Karmada hands out a workload's replicas, once its defaults are applied:
 * - `Duplicated`: every selected cluster runs all replicas;
 * - `StaticWeight`: replicas divided by fixed weights (equal when there are none);
 * - `DynamicWeight`: divided in proportion to the replicas each cluster can fit;
 * - `Aggregated`: packed into as few clusters as possible.
 *
 * @public
 */
export type ReplicaStrategyKind =
  | 'Duplicated'
  | 'StaticWeight'
  | 'DynamicWeight'
  | 'Aggregated';

/**
 * A placement's replica strategy, resolved the way Karmada resolves it.
 *
 * @public
 */
export interface ReplicaStrategy {
  kind: ReplicaStrategyKind;
  /** The static weight rules (StaticWeight only; empty means equal weights). */
  staticWeights: StaticClusterWeight[];
  /**
   * True when Karmada's scheduler skips spread constraints for this strategy
   * (static weights, see its `shouldIgnoreSpreadConstraint`).
   */
  ignoresSpreadConstraints: boolean;
}

/**
 * Resolves a placement's replica strategy with Karmada's defaults: no
 * `replicaScheduling` means Duplicated; an empty type means Divided; an empty
 * division preference means Weighted; Weighted with a `dynamicWeight` is
 * dynamic (a static list next to it is ignored), otherwise static.
 *
 * @public
 */
export function replicaStrategyOf(
  placement: Placement | undefined,
): ReplicaStrategy {
  const scheduling = placement?.replicaScheduling;
  const type = scheduling
    ? scheduling.replicaSchedulingType || 'Divided'
    : 'Duplicated';
  if (!scheduling || type === 'Duplicated') {
    return {
      kind: 'Duplicated',
      staticWeights: [],
      ignoresSpreadConstraints: false,
    };
  }
  const preference = scheduling.replicaDivisionPreference || 'Weighted';
  if (preference === 'Aggregated') {
    return {
      kind: 'Aggregated',
      staticWeights: [],
      ignoresSpreadConstraints: false,
    };
  }
  const weights = scheduling.weightPreference;
  if (weights?.dynamicWeight) {
    return {
      kind: 'DynamicWeight',
      staticWeights: [],
      ignoresSpreadConstraints: false,
    };
  }
  const list = weights?.staticWeightList ?? [];
  return {
    kind: 'StaticWeight',
    staticWeights: list,
    // `weightPreference: {}` is static too but keeps the spread constraints.
    ignoresSpreadConstraints: !weights || list.length > 0,
  };
}
