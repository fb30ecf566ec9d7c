import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import type { ListNamespacesResponse } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';

/**
 * The namespaces of an instance that its guardrail allows, with the
 * guardrail itself (to explain an empty list). Nothing until an instance is chosen.
 *
 * @public
 */
export function useInstanceNamespaces(instance: string | undefined): {
  value?: ListNamespacesResponse;
  loading: boolean;
  error?: Error;
} {
  const karmadaApi = useApi(karmadaApiRef);
  const { value, loading, error } = useAsync(
    async () => (instance ? karmadaApi.listNamespaces(instance) : undefined),
    [karmadaApi, instance],
  );
  return { value, loading, error };
}
