import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { RenderResponse } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';

/**
 * Renders a workload spec on the backend: the manifests, the dependencies
 * (and whether each exists in the namespace), the expected placement and the
 * effective manifest per cluster. Re-renders when the spec's content changes.
 *
 * @public
 */
export function useWorkloadRender(
  instance: string | undefined,
  spec: Record<string, unknown> | undefined,
): { value?: RenderResponse; loading: boolean; error?: Error } {
  const karmadaApi = useApi(karmadaApiRef);
  const key = spec ? JSON.stringify(spec) : undefined;
  const { value, loading, error } = useAsync(async () => {
    if (!key) return undefined;
    return karmadaApi.renderWorkload({ instance, spec: JSON.parse(key) });
  }, [karmadaApi, instance, key]);
  return { value, loading, error };
}
