import type { ConditionDto, WorkloadSpecBody } from './common';
import type { TargetCluster } from '../types';
import type { PlacementPreviewDto } from './preview';

/**
 * What happened to one object.
 * `unchanged`: the resourceVersion did not move (re-applying the same spec).
 *
 * @public
 */
export type ApplyAction =
  | 'created'
  | 'configured'
  | 'unchanged'
  | 'deleted'
  | 'absent';

/**
 * One object written (or, with dryRun, that would be written).
 *
 * @public
 */
export interface AppliedObjectDto {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  action: ApplyAction;
  resourceVersion?: string;
}

/**
 * `POST /apply` body.
 *
 * @public
 */
export interface ApplyRequest {
  instance?: string;
  spec: WorkloadSpecBody;
  /** Server-side dry run (`dryRun=All`); nothing is persisted. */
  dryRun?: boolean;
  /** Take ownership of fields another field manager owns (SSA `force=true`). */
  force?: boolean;
  /**
   * Apply with dispatching suspended, wait for Karmada to schedule, and
   * return the real scheduling result beside the preview.
   */
  staged?: boolean;
  /** The software template (entity ref) recorded in the objects' annotations. */
  template?: string;
}

/**
 * Difference for one cluster between expected (preview), scheduled (binding)
 * and running (aggregated status) replicas.
 *
 * @public
 */
export interface PlacementDifferenceDto {
  cluster: string;
  expected?: number;
  scheduled?: number;
  running?: number;
  /** Plain words, e.g. "preview expects 3, Karmada scheduled 2". */
  message: string;
}

/**
 * Result of a staged apply: Karmada's real scheduling beside the preview.
 *
 * @public
 */
export interface StagedResultDto {
  /** `scheduled`: binding scheduled; `pending`: not within the wait bound. */
  state: 'scheduled' | 'unschedulable' | 'pending';
  binding?: {
    name: string;
    clusters: TargetCluster[];
    scheduled?: ConditionDto;
  };
  preview: PlacementPreviewDto;
  differences: PlacementDifferenceDto[];
}

/**
 * `POST /apply` and `POST /workloads/resume` response.
 *
 * @public
 */
export interface ApplyResponse {
  instance: string;
  namespace: string;
  name: string;
  dryRun: boolean;
  objects: AppliedObjectDto[];
  staged?: StagedResultDto;
  /** Things worth knowing that did not stop the apply (e.g. a missing ConfigMap). */
  warnings?: string[];
}

/**
 * `POST /workloads/resume` and `POST /workloads/remove` body.
 *
 * @public
 */
export interface WorkloadActionRequest {
  instance?: string;
  namespace: string;
  name: string;
  dryRun?: boolean;
}

/**
 * `POST /workloads/remove` response.
 *
 * @public
 */
export interface RemoveResponse {
  instance: string;
  namespace: string;
  name: string;
  dryRun: boolean;
  /** Each object with `deleted` or `absent` (already gone). */
  objects: AppliedObjectDto[];
}
