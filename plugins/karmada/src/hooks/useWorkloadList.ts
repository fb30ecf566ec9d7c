import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { ListWorkloadsResponse } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';
import { WorkloadPollingState, useWorkloadPolling } from './useWorkloadPolling';
import { ENTITY_WORKLOADS_POLL_MS } from './useEntityKarmadaWorkloads';

/**
 * Every workload the backend can see, across instances (the workloads page
 * filters on the client so filters answer instantly); kept fresh while the
 * page is visible.
 *
 * @public
 */
export function useWorkloadList(
  options: { refreshToken?: number; intervalMs?: number } = {},
): WorkloadPollingState<ListWorkloadsResponse> {
  const karmadaApi = useApi(karmadaApiRef);
  const load = useCallback(
    (signal: AbortSignal) => karmadaApi.listWorkloads({}, { signal }),
    [karmadaApi],
  );
  return useWorkloadPolling(load, {
    key: 'all',
    intervalMs: options.intervalMs ?? ENTITY_WORKLOADS_POLL_MS,
    refreshToken: options.refreshToken,
  });
}
