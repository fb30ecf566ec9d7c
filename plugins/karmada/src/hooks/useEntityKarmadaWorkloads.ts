import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { ListWorkloadsResponse } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';
import { WorkloadPollingState, useWorkloadPolling } from './useWorkloadPolling';

/**
 * How often the list of an entity's workloads is re-read while visible:
 * slower than the placements, since workloads come and go rarely.
 *
 * @public
 */
export const ENTITY_WORKLOADS_POLL_MS = 30_000;

/**
 * What links an entity to its workloads: its `backstage.io/kubernetes-id`
 * and the optional instance and namespace annotations.
 *
 * @public
 */
export interface EntityKarmadaQuery {
  kubernetesId: string;
  instance?: string;
  namespace?: string;
}

/**
 * The Karmada workloads of an entity across instances, with the errors of
 * the instances that did not answer; kept fresh while the page is visible.
 *
 * @public
 */
export function useEntityKarmadaWorkloads(
  query: EntityKarmadaQuery,
  options: { refreshToken?: number; intervalMs?: number } = {},
): WorkloadPollingState<ListWorkloadsResponse> {
  const karmadaApi = useApi(karmadaApiRef);
  const { kubernetesId, instance, namespace } = query;
  const load = useCallback(
    (signal: AbortSignal) =>
      karmadaApi.listEntityWorkloads(
        { kubernetesId, instance, namespace },
        { signal },
      ),
    [karmadaApi, kubernetesId, instance, namespace],
  );
  return useWorkloadPolling(load, {
    key: `${kubernetesId}|${instance ?? ''}|${namespace ?? ''}`,
    intervalMs: options.intervalMs ?? ENTITY_WORKLOADS_POLL_MS,
    refreshToken: options.refreshToken,
  });
}
