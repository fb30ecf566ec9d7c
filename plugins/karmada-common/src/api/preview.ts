import type { Placement, ReplicaRequirements, TargetCluster } from '../types';
import type {
  AffinityAttempt,
  ClusterExplanation,
  PlacementPreview,
  PlacementPreviewBase,
  PlacementWarning,
  ScheduleErrorInfo,
  TieReport,
} from '../scheduling';
import { WorkloadSpecBody } from './common';

/**
 * The placement engine's result (karmada-common `previewPlacement`,
 * {@link PlacementPreview}), passed through as is. The first three fields
 * are the stable core (the `karmada-preview` contract); the engine always
 * sends the others too.
 *
 * @public
 */
export interface PlacementPreviewDto {
  schedulable: boolean;
  /** Selected clusters with their replicas, in Karmada's order. */
  clusters: TargetCluster[];
  /** Why scheduling fails, when `schedulable` is false (reasons as Karmada's). */
  error?: ScheduleErrorInfo;
  strategy?: PlacementPreviewBase['strategy'];
  affinityName?: string;
  attempts?: AffinityAttempt[];
  /** One entry per cluster of the fleet, names ascending. */
  explanations?: ClusterExplanation[];
  ties?: TieReport[];
  warnings?: PlacementWarning[];
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
