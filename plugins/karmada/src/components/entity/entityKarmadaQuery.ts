import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_KARMADA_INSTANCE,
  ANNOTATION_KUBERNETES_NAMESPACE,
  LABEL_KUBERNETES_ID,
} from '@karmada-backstage/plugin-karmada-common';
import type { EntityKarmadaQuery } from '../../hooks/useEntityKarmadaWorkloads';

/**
 * Reads what links an entity to its workloads from its annotations:
 * `backstage.io/kubernetes-id` (required), `karmada.io/instance` and
 * `backstage.io/kubernetes-namespace` (optional, narrow the search).
 * Undefined without the id.
 */
export function entityKarmadaQuery(
  entity: Entity,
): EntityKarmadaQuery | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const kubernetesId = annotations[LABEL_KUBERNETES_ID]?.trim();
  if (!kubernetesId) return undefined;
  return {
    kubernetesId,
    instance: annotations[ANNOTATION_KARMADA_INSTANCE]?.trim() || undefined,
    namespace:
      annotations[ANNOTATION_KUBERNETES_NAMESPACE]?.trim() || undefined,
  };
}

/**
 * The catalog-info.yaml lines that link an entity to its workloads.
 */
export function annotationSnippet(entity: Entity): string {
  const name = entity.metadata.name;
  return [
    `apiVersion: ${entity.apiVersion}`,
    `kind: ${entity.kind}`,
    'metadata:',
    `  name: ${name}`,
    '  annotations:',
    `    ${LABEL_KUBERNETES_ID}: ${name}`,
    '    # optional, to narrow the search:',
    `    # ${ANNOTATION_KARMADA_INSTANCE}: <instance name from app-config>`,
    `    # ${ANNOTATION_KUBERNETES_NAMESPACE}: <namespace>`,
  ].join('\n');
}

/**
 * The label a Deployment needs so the entity finds it.
 */
export function labelSnippet(kubernetesId: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  labels:',
    `    ${LABEL_KUBERNETES_ID}: ${kubernetesId}`,
  ].join('\n');
}

/**
 * The software template that creates a Karmada workload.
 */
export const MULTICLOUD_TEMPLATE_PATH =
  '/create/templates/default/multicloud-workload';
