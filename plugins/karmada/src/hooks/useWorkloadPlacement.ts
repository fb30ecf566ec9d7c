import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';
import { WorkloadPollingState, useWorkloadPolling } from './useWorkloadPolling';

/**
 * How often the entity tab re-reads a workload's placement while visible.
 * The backend answers from its watch cache, so this costs no Karmada call.
 *
 * @public
 */
export const WORKLOAD_PLACEMENT_POLL_MS = 10_000;

/**
 * One workload's placement (expected, scheduled, running, per-cluster
 * manifests), kept fresh every {@link WORKLOAD_PLACEMENT_POLL_MS} while the
 * page is visible.
 *
 * @public
 */
export function useWorkloadPlacement(
  ref: WorkloadRef,
  options: { refreshToken?: number; intervalMs?: number } = {},
): WorkloadPollingState<WorkloadPlacementResponse> {
  const karmadaApi = useApi(karmadaApiRef);
  const { instance, namespace, name } = ref;
  const load = useCallback(
    (signal: AbortSignal) =>
      karmadaApi.getWorkloadPlacement(
        { instance, namespace, name },
        { signal },
      ),
    [karmadaApi, instance, namespace, name],
  );
  return useWorkloadPolling(load, {
    key: `${instance}/${namespace}/${name}`,
    intervalMs: options.intervalMs ?? WORKLOAD_PLACEMENT_POLL_MS,
    refreshToken: options.refreshToken,
  });
}
