import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type {
  ClusterDto,
  FleetFacetsResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';

/**
 * What the placement pickers offer: the member clusters (name, provider,
 * region, zones, health, taints) and the distinct values across the fleet
 * (providers, regions, zones, label keys and values, taints).
 *
 * @public
 */
export interface FleetState {
  clusters?: ClusterDto[];
  facets?: FleetFacetsResponse;
  loading: boolean;
  error?: Error;
}

/**
 * Loads the fleet of an instance for the placement pickers, once per instance.
 *
 * @public
 */
export function useFleet(instance: string | undefined): FleetState {
  const karmadaApi = useApi(karmadaApiRef);
  const { value, loading, error } = useAsync(async () => {
    if (!instance) return undefined;
    const [clusters, facets] = await Promise.all([
      karmadaApi.listClusters(instance),
      karmadaApi.getFleetFacets(instance),
    ]);
    return { clusters: clusters.items, facets };
  }, [karmadaApi, instance]);
  return { clusters: value?.clusters, facets: value?.facets, loading, error };
}
