import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { InstanceDto } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';

/**
 * The configured Karmada instances, for pickers.
 *
 * @public
 */
export function useKarmadaInstances(): {
  instances?: InstanceDto[];
  loading: boolean;
  error?: Error;
} {
  const karmadaApi = useApi(karmadaApiRef);
  const { value, loading, error } = useAsync(
    () => karmadaApi.listInstances(),
    [karmadaApi],
  );
  return { instances: value?.items, loading, error };
}
