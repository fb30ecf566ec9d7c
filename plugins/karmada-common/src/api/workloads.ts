import type { InstanceErrorDto } from './common';

/**
 * Overall health of a workload across its clusters.
 * - `Healthy`: every scheduled cluster applied and all replicas ready.
 * - `Progressing`: applied, replicas still becoming ready (Karmada reports
 *   Unhealthy until every replica is available; while the rollout is young,
 *   see {@link RolloutDto}, that is progress, not failure).
 * - `Degraded`: a cluster failed to apply, or still reports Unhealthy past
 *   the rollout's progress deadline.
 * - `Suspended`: dispatching is suspended (staged apply).
 * - `Unscheduled`: no binding yet, or Karmada could not schedule it.
 * - `Unknown`: no status yet.
 *
 * @public
 */
export type WorkloadHealth =
  | 'Healthy'
  | 'Progressing'
  | 'Degraded'
  | 'Suspended'
  | 'Unscheduled'
  | 'Unknown';

/**
 * How long Karmada's `Unhealthy` counts as a rollout still under way: from
 * the rollout's start, the Deployment's `progressDeadlineSeconds` (after
 * it, Kubernetes itself calls the rollout failed). Karmada reports a
 * cluster Unhealthy until every replica is available, so a fresh rollout
 * reads as Progressing until `deadline`.
 *
 * @public
 */
export interface RolloutDto {
  /**
   * The latest of: the binding's `Scheduled` and `FullyApplied` transitions
   * and the Deployment's last spec change (creation included).
   */
  startedAt: string;
  /** The Deployment's `spec.progressDeadlineSeconds` (Kubernetes' default 600). */
  progressDeadlineSeconds: number;
  /** `startedAt` plus the deadline. */
  deadline: string;
}

/**
 * Replicas of a workload on one cluster.
 *
 * @public
 */
export interface WorkloadClusterSummaryDto {
  name: string;
  /** Desired replicas from the binding. */
  replicas?: number;
  readyReplicas?: number;
  applied?: boolean;
  /** Why the apply failed, when it did (absent while not applied yet). */
  appliedMessage?: string;
  health?: string;
}

/**
 * One workload in a list (entity tab, workloads page).
 *
 * @public
 */
export interface WorkloadSummaryDto {
  instance: string;
  namespace: string;
  name: string;
  kind: 'Deployment';
  /** The `backstage.io/kubernetes-id` label, linking it to a catalog entity. */
  kubernetesId?: string;
  /** True when this plugin created it (`app.kubernetes.io/managed-by`). */
  managed: boolean;
  /** Who created it through Backstage (user entity ref), if known. */
  initiator?: string;
  /** The owner entity ref (`karmada.backstage.io/owner`), if set. */
  owner?: string;
  /** The catalog entity ref it belongs to (`karmada.backstage.io/entity-ref`), if set. */
  entityRef?: string;
  /** The template it was created from, if known. */
  template?: string;
  image?: string;
  replicas: number;
  readyReplicas: number;
  clusters: WorkloadClusterSummaryDto[];
  health: WorkloadHealth;
  /** The current rollout, when its start is known (see {@link RolloutDto}). */
  rollout?: RolloutDto;
  /** Name of the governing PropagationPolicy, if one claimed it. */
  propagationPolicy?: string;
  creationTimestamp?: string;
}

/**
 * `GET /workloads` query.
 *
 * @public
 */
export interface ListWorkloadsQuery {
  /** The entity's `backstage.io/kubernetes-id`. */
  entity?: string;
  instance?: string;
  namespace?: string;
  /** Owner entity ref (`karmada.backstage.io/owner`) or, failing that, the initiator. */
  owner?: string;
  health?: WorkloadHealth;
}

/**
 * `GET /workloads` response: results of every instance that answered and
 * an error for each that did not.
 *
 * @public
 */
export interface ListWorkloadsResponse {
  items: WorkloadSummaryDto[];
  errors: InstanceErrorDto[];
}
