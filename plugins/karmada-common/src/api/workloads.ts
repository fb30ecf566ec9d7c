import type { InstanceErrorDto } from './common';

/**
 * Overall health of a workload across its clusters.
 * - `Healthy`: every scheduled cluster applied and all replicas ready.
 * - `Progressing`: applied, replicas still becoming ready.
 * - `Degraded`: a cluster failed to apply or reports Unhealthy.
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
