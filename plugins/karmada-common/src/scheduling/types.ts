import type { Placement, ReplicaRequirements, TargetCluster } from '../types';
import type { ExplanationReason, ScheduleErrorInfo } from './framework';

/**
 * What to preview: a fresh ResourceBinding for an `apps/v1` Deployment.
 *
 * @public
 */
export interface ScheduleRequest {
  /** The placement as written in the PropagationPolicy (defaults are applied by the engine). */
  placement: Placement;
  /** The Deployment's replicas. */
  replicas: number;
  /** Per-replica requirements (`replicaRequirementsFromPodTemplate`); absent means nil. */
  replicaRequirements?: ReplicaRequirements;
  /**
   * The ResourceBinding's UID, when it exists already. It decides Karmada's
   * Webster tie-break, so with it the preview reports no ties.
   */
  bindingUID?: string;
}

/**
 * One cluster of the fleet and what the preview decided for it.
 *
 * @public
 */
export interface ClusterExplanation {
  name: string;
  /**
   * Whether the cluster is in Karmada's result (`spec.clusters`), i.e.
   * `replicas` is set. Only the non-workload path (0 replicas and no
   * requirements, SEMANTICS §9.1) lists clusters with 0 replicas; a cluster
   * the spread selection kept but that gets no replicas is not selected here,
   * and its `assign` reason says why.
   */
  selected: boolean;
  /** Replicas in the result; absent when the cluster is not in the result. */
  replicas?: number;
  /**
   * Headroom: the replicas of this size the general estimator finds room
   * for (SEMANTICS §7), whether or not the cluster was considered.
   */
  availableReplicas: number;
  provider?: string;
  region?: string;
  zones: string[];
  /** True when the count depends on Karmada's UID-based Webster tie-break. */
  tieBreak?: boolean;
  /** The counts the tie-break can give, ascending. */
  possibleReplicas?: number[];
  /** Read-only: clusters failing the same way share one list. */
  reasons: readonly ExplanationReason[];
}

/**
 * Clusters whose counts depend on the binding's UID (SEMANTICS §9.7, §12.1),
 * with both outcomes Karmada can reach (names ascending tie-break first).
 *
 * @public
 */
export interface TieReport {
  clusters: string[];
  outcomes: TargetCluster[][];
}

/**
 * Something in the placement that is probably not what the author meant.
 *
 * @public
 */
export interface PlacementWarning {
  /** A stable identifier, e.g. `duplicated-total`, `unknown-label-key`. */
  code: string;
  message: string;
  /** The placement field it is about, when there is one. */
  path?: string;
}

/**
 * One term of `placement.clusterAffinities` as the scheduler tried it.
 *
 * @public
 */
export interface AffinityAttempt {
  affinityName: string;
  /** Why the term failed; absent for the term that succeeded. */
  error?: ScheduleErrorInfo;
}

/**
 * How replicas are divided (Karmada's `assignState.strategyType`).
 *
 * @public
 */
export type AssignmentStrategy =
  | 'Duplicated'
  | 'StaticWeight'
  | 'DynamicWeight'
  | 'Aggregated';

/**
 * Fields of every preview.
 *
 * @public
 */
export interface PlacementPreviewBase {
  strategy: AssignmentStrategy;
  /** The `clusterAffinities` term that produced the result (or failed first). */
  affinityName?: string;
  /** Every `clusterAffinities` term tried, in order. */
  attempts?: AffinityAttempt[];
  /** One entry per cluster of the fleet, names ascending. */
  explanations: ClusterExplanation[];
  ties: TieReport[];
  warnings: PlacementWarning[];
}

/**
 * A preview where Karmada schedules the workload.
 *
 * @public
 */
export interface PlacementSuccess extends PlacementPreviewBase {
  schedulable: true;
  /** Karmada's `spec.clusters`, in Karmada's order. */
  clusters: TargetCluster[];
}

/**
 * A preview where Karmada does not schedule the workload.
 *
 * @public
 */
export interface PlacementFailure extends PlacementPreviewBase {
  schedulable: false;
  /** Always empty: kept so every preview has the same shape. */
  clusters: TargetCluster[];
  error: ScheduleErrorInfo;
}

/**
 * Where Karmada's scheduler puts a fresh Deployment, and why.
 *
 * @public
 */
export type PlacementPreview = PlacementSuccess | PlacementFailure;
