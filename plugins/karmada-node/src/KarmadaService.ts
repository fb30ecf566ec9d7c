import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ApplyRequest,
  ApplyResponse,
  FleetFacetsResponse,
  InstanceQuery,
  ListClustersQuery,
  ListClustersResponse,
  ListInstancesResponse,
  ListNamespacesResponse,
  ListWorkloadsQuery,
  ListWorkloadsResponse,
  PreviewRequest,
  PreviewResponse,
  RemoveResponse,
  RenderRequest,
  RenderResponse,
  WorkloadActionRequest,
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Options of every {@link KarmadaService} call: whose behalf it acts on
 * (permissions and audit are checked for these credentials).
 *
 * @public
 */
export interface KarmadaServiceRequestOptions {
  credentials: BackstageCredentials;
}

/**
 * What other backend plugins and modules (the scaffolder action) use to work
 * with Karmada. Errors are `@backstage/errors` types (InputError,
 * NotAllowedError, NotFoundError, ConflictError, ServiceUnavailableError).
 *
 * @public
 */
export interface KarmadaService {
  /** Configured instances with readiness and namespace guardrails. */
  listInstances(
    options: KarmadaServiceRequestOptions,
  ): Promise<ListInstancesResponse>;
  /** Member clusters of an instance, with capacity and, given a request, how many replicas fit. */
  listClusters(
    query: ListClustersQuery,
    options: KarmadaServiceRequestOptions,
  ): Promise<ListClustersResponse>;
  /** Distinct providers, regions, zones, labels and taints of the fleet. */
  getFleetFacets(
    query: InstanceQuery,
    options: KarmadaServiceRequestOptions,
  ): Promise<FleetFacetsResponse>;
  /** Namespaces of an instance that pass its guardrail. */
  listNamespaces(
    query: InstanceQuery,
    options: KarmadaServiceRequestOptions,
  ): Promise<ListNamespacesResponse>;
  /** Where Karmada's scheduler would put every replica (no request to Karmada). */
  previewPlacement(
    request: PreviewRequest,
    options: KarmadaServiceRequestOptions,
  ): Promise<PreviewResponse>;
  /** Manifests, dependencies, preview and per-cluster effective manifests of a workload spec. */
  renderWorkload(
    request: RenderRequest,
    options: KarmadaServiceRequestOptions,
  ): Promise<RenderResponse>;
  /** Server-side apply of the workload (optionally dry-run, forced, or staged). */
  applyWorkload(
    request: ApplyRequest,
    options: KarmadaServiceRequestOptions,
  ): Promise<ApplyResponse>;
  /** Resumes dispatching of a staged workload. */
  resumeWorkload(
    request: WorkloadActionRequest,
    options: KarmadaServiceRequestOptions,
  ): Promise<ApplyResponse>;
  /** Deletes the Deployment, PropagationPolicy and OverridePolicy the plugin created. */
  removeWorkload(
    request: WorkloadActionRequest,
    options: KarmadaServiceRequestOptions,
  ): Promise<RemoveResponse>;
  /** Where a workload is expected, scheduled and running, and what each cluster receives. */
  getWorkloadPlacement(
    ref: WorkloadRef,
    options: KarmadaServiceRequestOptions,
  ): Promise<WorkloadPlacementResponse>;
  /** Workloads across instances (per-instance errors beside the results). */
  listWorkloads(
    query: ListWorkloadsQuery,
    options: KarmadaServiceRequestOptions,
  ): Promise<ListWorkloadsResponse>;
}
