import { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { LABEL_KUBERNETES_ID } from '@karmada-backstage/plugin-karmada-common';

/**
 * A spec with its `kubernetesId` settled from the catalog, and what the
 * user should know about the link between the workload and its entity.
 *
 * @public
 */
export interface CatalogIdentity {
  spec: Record<string, unknown>;
  warnings: string[];
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Settles the `backstage.io/kubernetes-id` label of a workload whose spec
 * names its catalog entity (`entityRef`) but not the label value: the
 * entity's own annotation, so the entity's Multicloud tab lists the
 * workload whatever the entity is called. An entity without the annotation
 * gets its name and a warning saying what to add; a spec that sets
 * `kubernetesId` keeps it, with a warning when the entity's annotation
 * differs. The catalog is asked with the caller's credentials; when it
 * cannot answer, the spec is left as it is (the label then defaults to the
 * workload's name) and the warning says why.
 *
 * @public
 */
export async function resolveCatalogIdentity(
  spec: Record<string, unknown>,
  catalog: CatalogService | undefined,
  credentials: BackstageCredentials | undefined,
): Promise<CatalogIdentity> {
  const entityRef = spec.entityRef;
  if (typeof entityRef !== 'string' || !entityRef || !catalog || !credentials)
    return { spec, warnings: [] };
  const given =
    typeof spec.kubernetesId === 'string' && spec.kubernetesId
      ? spec.kubernetesId
      : undefined;
  const fallback = given ?? String(spec.name ?? '');
  let entity;
  try {
    entity = await catalog.getEntityByRef(entityRef, { credentials });
  } catch (e) {
    return {
      spec,
      warnings: [
        `Could not read ${entityRef} from the catalog (${errorText(
          e,
        )}); the workload is labelled ${LABEL_KUBERNETES_ID}: ${fallback}`,
      ],
    };
  }
  if (!entity) {
    return {
      spec,
      warnings: [
        `${entityRef} is not in the catalog; the workload is labelled ${LABEL_KUBERNETES_ID}: ${fallback}, so a component with that annotation shows it on its Multicloud tab`,
      ],
    };
  }
  const annotation =
    entity.metadata.annotations?.[LABEL_KUBERNETES_ID]?.trim() || undefined;
  if (given) {
    const warnings =
      annotation === given
        ? []
        : [
            annotation
              ? `${entityRef} has ${LABEL_KUBERNETES_ID}: ${annotation}, but the workload is labelled ${given}: its Multicloud tab will not list it`
              : `${entityRef} has no ${LABEL_KUBERNETES_ID} annotation: add "${LABEL_KUBERNETES_ID}: ${given}" to its catalog-info.yaml to see the workload on its Multicloud tab`,
          ];
    return { spec, warnings };
  }
  if (annotation)
    return { spec: { ...spec, kubernetesId: annotation }, warnings: [] };
  const name = entity.metadata.name;
  return {
    spec: { ...spec, kubernetesId: name },
    warnings: [
      `${entityRef} has no ${LABEL_KUBERNETES_ID} annotation: add "${LABEL_KUBERNETES_ID}: ${name}" to its catalog-info.yaml to see the workload on its Multicloud tab`,
    ],
  };
}
