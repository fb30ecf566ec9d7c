import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import {
  ANNOTATION_KARMADA_INSTANCE,
  ANNOTATION_KUBERNETES_NAMESPACE,
  LABEL_KUBERNETES_ID,
  WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The key {@link useWorkloadEntities} files a workload under.
 *
 * @public
 */
export function workloadKey(w: {
  instance: string;
  namespace: string;
  name: string;
}): string {
  return `${w.instance}/${w.namespace}/${w.name}`;
}

/**
 * The catalog entity of each workload (key: {@link workloadKey}): the
 * workload's own `karmada.backstage.io/entity-ref` when set, else the entity
 * whose `backstage.io/kubernetes-id` annotation equals the workload's label
 * (and whose optional instance and namespace annotations agree). One catalog
 * query for the whole list.
 *
 * @public
 */
export function useWorkloadEntities(
  workloads: WorkloadSummaryDto[] | undefined,
): {
  entities: Map<string, string>;
  error?: Error;
} {
  const catalogApi = useApi(catalogApiRef);
  const ids = [
    ...new Set(
      (workloads ?? []).flatMap(w =>
        !w.entityRef && w.kubernetesId ? [w.kubernetesId] : [],
      ),
    ),
  ].sort();
  const { value, error } = useAsync(async () => {
    if (ids.length === 0) return [];
    const { items } = await catalogApi.getEntities({
      filter: { [`metadata.annotations.${LABEL_KUBERNETES_ID}`]: ids },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'metadata.annotations',
      ],
    });
    return items;
  }, [catalogApi, ids.join(',')]);

  const entities = new Map<string, string>();
  for (const w of workloads ?? []) {
    if (w.entityRef) {
      entities.set(workloadKey(w), w.entityRef);
      continue;
    }
    const match = (value ?? []).find(e => {
      const a = e.metadata.annotations ?? {};
      return (
        a[LABEL_KUBERNETES_ID] === w.kubernetesId &&
        (!a[ANNOTATION_KARMADA_INSTANCE] ||
          a[ANNOTATION_KARMADA_INSTANCE] === w.instance) &&
        (!a[ANNOTATION_KUBERNETES_NAMESPACE] ||
          a[ANNOTATION_KUBERNETES_NAMESPACE] === w.namespace)
      );
    });
    if (match) entities.set(workloadKey(w), stringifyEntityRef(match));
  }
  return { entities, error };
}
