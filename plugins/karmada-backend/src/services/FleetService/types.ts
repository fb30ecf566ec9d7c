import {
  FleetFacetsResponse,
  HealthResponse,
  ListClustersQuery,
  ListClustersResponse,
  ListInstancesResponse,
  ListNamespacesResponse,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Instances, clusters, namespaces and facets, all from the watch caches.
 *
 * @public
 */
export interface FleetService {
  listInstances(): ListInstancesResponse;
  health(): HealthResponse;
  listClusters(query: ListClustersQuery): ListClustersResponse;
  getFacets(instance?: string): FleetFacetsResponse;
  listNamespaces(instance?: string): ListNamespacesResponse;
}
