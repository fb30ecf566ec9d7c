import type { Entity } from '@backstage/catalog-model';
import { LABEL_KUBERNETES_ID } from '@karmada-backstage/plugin-karmada-common';

/**
 * Whether an entity is linked to Karmada workloads: it carries the
 * `backstage.io/kubernetes-id` annotation (the Backstage Kubernetes plugin's
 * convention). Use it as the `if` of the legacy entity tab.
 *
 * @public
 */
export function isKarmadaAvailable(entity: Entity): boolean {
  return Boolean(entity.metadata.annotations?.[LABEL_KUBERNETES_ID]?.trim());
}
