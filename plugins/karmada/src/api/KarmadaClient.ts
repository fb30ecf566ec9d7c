import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import type {
  ClusterFitQuery,
  KarmadaApi,
  KarmadaRequestOptions,
} from './KarmadaApi';

type Query = Record<string, string | undefined>;

/**
 * {@link KarmadaApi} over HTTP: the `karmada` backend plugin found through
 * `discoveryApi`, called with `fetchApi` so the user's Backstage token goes
 * along; any non-2xx answer becomes a `ResponseError` carrying the backend's
 * message (for example the field named by a 400).
 *
 * @public
 */
export class KarmadaClient implements KarmadaApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listInstances(options?: KarmadaRequestOptions) {
    return this.get<ListInstancesResponse>('/instances', {}, options);
  }

  getHealth(options?: KarmadaRequestOptions) {
    return this.get<HealthResponse>('/health', {}, options);
  }

  listClusters(
    instance: string,
    query: ClusterFitQuery = {},
    options?: KarmadaRequestOptions,
  ) {
    return this.get<ListClustersResponse>(
      '/clusters',
      { instance, cpu: query.cpu, memory: query.memory },
      options,
    );
  }

  getFleetFacets(instance: string, options?: KarmadaRequestOptions) {
    return this.get<FleetFacetsResponse>('/facets', { instance }, options);
  }

  listNamespaces(instance: string, options?: KarmadaRequestOptions) {
    return this.get<ListNamespacesResponse>(
      '/namespaces',
      { instance },
      options,
    );
  }

  listWorkloads(
    query: ListWorkloadsQuery = {},
    options?: KarmadaRequestOptions,
  ) {
    return this.get<ListWorkloadsResponse>(
      '/workloads',
      {
        entity: query.entity,
        instance: query.instance,
        namespace: query.namespace,
        owner: query.owner,
        health: query.health,
      },
      options,
    );
  }

  listEntityWorkloads(
    query: { kubernetesId: string; instance?: string; namespace?: string },
    options?: KarmadaRequestOptions,
  ) {
    return this.listWorkloads(
      {
        entity: query.kubernetesId,
        instance: query.instance,
        namespace: query.namespace,
      },
      options,
    );
  }

  getWorkloadPlacement(ref: WorkloadRef, options?: KarmadaRequestOptions) {
    return this.get<WorkloadPlacementResponse>(
      `/workloads/${enc(ref.instance)}/${enc(ref.namespace)}/${enc(
        ref.name,
      )}/placement`,
      {},
      options,
    );
  }

  previewPlacement(request: PreviewRequest, options?: KarmadaRequestOptions) {
    return this.post<PreviewResponse>('/preview', request, options);
  }

  renderWorkload(request: RenderRequest, options?: KarmadaRequestOptions) {
    return this.post<RenderResponse>('/render', request, options);
  }

  applyWorkload(request: ApplyRequest, options?: KarmadaRequestOptions) {
    return this.post<ApplyResponse>('/apply', request, options);
  }

  resumeWorkload(
    request: WorkloadActionRequest,
    options?: KarmadaRequestOptions,
  ) {
    return this.post<ApplyResponse>('/workloads/resume', request, options);
  }

  removeWorkload(
    request: WorkloadActionRequest,
    options?: KarmadaRequestOptions,
  ) {
    return this.post<RemoveResponse>('/workloads/remove', request, options);
  }

  private async get<T>(
    path: string,
    query: Query,
    options?: KarmadaRequestOptions,
  ): Promise<T> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      // Empty strings are dropped too: "no filter", not "filter on ''".
      if (value) params.append(key, value);
    }
    const search = params.toString();
    return this.request<T>(`${path}${search ? `?${search}` : ''}`, {
      method: 'GET',
      signal: options?.signal,
    });
  }

  private async post<T>(
    path: string,
    body: unknown,
    options?: KarmadaRequestOptions,
  ): Promise<T> {
    return this.request<T>(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: options?.signal,
    });
  }

  private async request<T>(path: string, init: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('karmada');
    const res = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
