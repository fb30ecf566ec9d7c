import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ApplyRequest,
  ApplyResponse,
  FleetFacetsResponse,
  HealthResponse,
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
 * Options every call accepts. `signal` aborts the request (the placement
 * preview aborts stale requests while the user types).
 *
 * @public
 */
export interface KarmadaRequestOptions {
  signal?: AbortSignal;
}

/**
 * The resources one replica asks for, used to estimate how many replicas fit
 * in each cluster (`GET /instances/:instance/clusters?cpu=&memory=`).
 *
 * @public
 */
export interface ClusterFitQuery {
  cpu?: string;
  memory?: string;
}

/**
 * The Karmada backend as the frontend sees it: one method per route of
 * `plugins/karmada-backend`. The DTOs are karmada-common's `api/` types.
 *
 * @public
 */
export interface KarmadaApi {
  /** `GET /instances`: configured instances (no URLs, no credentials). */
  listInstances(
    options?: KarmadaRequestOptions,
  ): Promise<ListInstancesResponse>;

  /** `GET /health`: readiness of every instance's cache. */
  getHealth(options?: KarmadaRequestOptions): Promise<HealthResponse>;

  /** `GET /clusters?instance=`: member clusters, optionally with the replicas of a given size that fit (`cpu`, `memory`). */
  listClusters(
    instance: string,
    query?: ClusterFitQuery,
    options?: KarmadaRequestOptions,
  ): Promise<ListClustersResponse>;

  /** `GET /facets?instance=`: providers, regions, zones, labels and taints across the fleet. */
  getFleetFacets(
    instance: string,
    options?: KarmadaRequestOptions,
  ): Promise<FleetFacetsResponse>;

  /** `GET /namespaces?instance=`: the namespaces the guardrail allows, with the guardrail. */
  listNamespaces(
    instance: string,
    options?: KarmadaRequestOptions,
  ): Promise<ListNamespacesResponse>;

  /** `GET /workloads`: workloads of every instance, filtered by the query. */
  listWorkloads(
    query?: ListWorkloadsQuery,
    options?: KarmadaRequestOptions,
  ): Promise<ListWorkloadsResponse>;

  /**
   * `GET /workloads?entity=<kubernetes-id>`: the workloads of one catalog
   * entity, narrowed by its optional instance and namespace annotations.
   */
  listEntityWorkloads(
    query: { kubernetesId: string; instance?: string; namespace?: string },
    options?: KarmadaRequestOptions,
  ): Promise<ListWorkloadsResponse>;

  /** `GET /workloads/:instance/:namespace/:name/placement`: where one workload runs and why. */
  getWorkloadPlacement(
    ref: WorkloadRef,
    options?: KarmadaRequestOptions,
  ): Promise<WorkloadPlacementResponse>;

  /** `POST /preview`: where Karmada's scheduler will put every replica. */
  previewPlacement(
    request: PreviewRequest,
    options?: KarmadaRequestOptions,
  ): Promise<PreviewResponse>;

  /** `POST /render`: the manifests, dependencies and per-cluster effective manifests of a spec. */
  renderWorkload(
    request: RenderRequest,
    options?: KarmadaRequestOptions,
  ): Promise<RenderResponse>;

  /** `POST /apply`: server-side apply of Deployment + PropagationPolicy (+ OverridePolicy). */
  applyWorkload(
    request: ApplyRequest,
    options?: KarmadaRequestOptions,
  ): Promise<ApplyResponse>;

  /** `POST /workloads/resume`: resume dispatching of a staged workload. */
  resumeWorkload(
    request: WorkloadActionRequest,
    options?: KarmadaRequestOptions,
  ): Promise<ApplyResponse>;

  /** `POST /workloads/remove`: delete the objects the plugin created for a workload. */
  removeWorkload(
    request: WorkloadActionRequest,
    options?: KarmadaRequestOptions,
  ): Promise<RemoveResponse>;
}

/**
 * The API ref of {@link KarmadaApi}.
 *
 * @public
 */
export const karmadaApiRef = createApiRef<KarmadaApi>({
  id: 'plugin.karmada.api',
});
