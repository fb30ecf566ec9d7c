import type { Placement, ReplicaRequirements, TargetCluster } from '../types';
import type {
  AffinityAttempt,
  AssignmentStrategy,
  ClusterExplanation,
  ExplanationReason,
  ScheduleErrorInfo,
  PlacementWarning,
  TieReport,
} from '../scheduling';
import { WorkloadSpecBody } from './common';

/**
 * A cluster Karmada selects (or that may get replicas on Karmada's UID
 * tie-break), with what the preview shows beside it.
 *
 * @public
 */
export interface SelectedClusterDto {
  name: string;
  /** Replicas in the result; absent when only a tie-break could give it some. */
  replicas?: number;
  /** Headroom: replicas of this size the general estimator finds room for. */
  availableReplicas: number;
  provider?: string;
  region?: string;
  zones: string[];
  /** True when the count depends on Karmada's UID-based Webster tie-break. */
  tieBreak?: boolean;
  /** The counts the tie-break can give, ascending. */
  possibleReplicas?: number[];
}

/**
 * A cluster left out: its name and headroom (its facts are not repeated; the
 * fleet routes have them).
 *
 * @public
 */
export interface LeftOutClusterDto {
  name: string;
  /** Headroom, as in {@link SelectedClusterDto.availableReplicas}. */
  availableReplicas: number;
}

/**
 * Clusters left out for the same reasons.
 *
 * @public
 */
export interface LeftOutGroupDto {
  /** Why, stage by stage, in Karmada's words and the user's; empty when the scheduler gave none. */
  reasons: ExplanationReason[];
  /** How many clusters the group holds (`clusters.length`). */
  count: number;
  /** The clusters, names ascending. */
  clusters: LeftOutClusterDto[];
}

/**
 * The placement engine's result (karmada-common `previewPlacement`,
 * {@link PlacementPreview}) in a compact wire form: the first three fields
 * are the engine's as they are (the `karmada-preview` contract); instead of
 * one explanation per cluster, the selected clusters keep every detail and
 * the others are grouped by identical reasons, which keeps the answer small
 * at thousands of clusters. Made by {@link toPlacementPreviewDto}; read
 * with {@link readPlacementPreviewDto}, which also accepts an older
 * backend's `explanations`.
 *
 * @public
 */
export interface PlacementPreviewDto {
  schedulable: boolean;
  /** Selected clusters with their replicas, in Karmada's order. */
  clusters: TargetCluster[];
  /** Why scheduling fails, when `schedulable` is false (reasons as Karmada's). */
  error?: ScheduleErrorInfo;
  strategy?: AssignmentStrategy;
  affinityName?: string;
  attempts?: AffinityAttempt[];
  /** Clusters in the result, and clusters a tie-break may give replicas, names ascending. */
  selected?: SelectedClusterDto[];
  /** Every other cluster of the fleet, grouped by identical reasons, largest group first. */
  leftOut?: LeftOutGroupDto[];
  ties?: TieReport[];
  warnings?: PlacementWarning[];
  /**
   * One entry per cluster, as backends before the compact form sent it.
   *
   * @deprecated Sent by older backends only; {@link readPlacementPreviewDto}
   * turns it into `selected` and `leftOut`.
   */
  explanations?: ClusterExplanation[];
}

/**
 * `POST /preview` body: either a placement with replicas and requirements,
 * or a workload spec (its placement and pod template are used).
 *
 * @public
 */
export interface PreviewRequest {
  /** Instance name; the default instance when omitted. */
  instance?: string;
  placement?: Placement;
  replicas?: number;
  replicaRequirements?: ReplicaRequirements;
  spec?: WorkloadSpecBody;
}

/**
 * The fleet snapshot a preview was computed over.
 *
 * @public
 */
export interface FleetSnapshotInfo {
  /** Member clusters in the snapshot. */
  clusters: number;
  /** resourceVersion of the last Cluster event the snapshot includes. */
  resourceVersion?: string;
  /** False while the cache is still syncing (the preview may be incomplete). */
  ready: boolean;
}

/**
 * `POST /preview` response.
 *
 * @public
 */
export interface PreviewResponse {
  instance: string;
  fleet: FleetSnapshotInfo;
  preview: PlacementPreviewDto;
}
