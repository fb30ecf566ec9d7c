// Labels and annotations that link catalog entities, created objects and the
// portal. The first four are shared with the Backstage Kubernetes plugin's
// conventions so both plugins find the same workloads.

/**
 * Label on a workload (and its pods) and annotation on a catalog entity: the id that links them.
 *
 * @public
 */
export const LABEL_KUBERNETES_ID = 'backstage.io/kubernetes-id';

/**
 * Catalog entity annotation naming the Kubernetes namespace that narrows the search.
 *
 * @public
 */
export const ANNOTATION_KUBERNETES_NAMESPACE =
  'backstage.io/kubernetes-namespace';

/**
 * Catalog entity annotation naming the Karmada instance (config `karmada.instances[].name`).
 *
 * @public
 */
export const ANNOTATION_KARMADA_INSTANCE = 'karmada.io/instance';

/**
 * The standard `managed-by` label key, set on every object the portal creates.
 *
 * @public
 */
export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';

/**
 * The value of {@link LABEL_MANAGED_BY} on objects the portal creates.
 *
 * @public
 */
export const MANAGED_BY_VALUE = 'backstage-karmada';

/**
 * The label the Deployment's selector matches on: `app: <name>`.
 *
 * @public
 */
export const LABEL_APP = 'app';

/**
 * Annotation with the user (entity ref) who initiated the creation.
 *
 * @public
 */
export const ANNOTATION_CREATED_BY = 'karmada.backstage.io/created-by';

/**
 * Annotation with the software template (entity ref) that created the workload.
 *
 * @public
 */
export const ANNOTATION_TEMPLATE = 'karmada.backstage.io/template';

/**
 * Annotation with the workload's description, as typed in the create form.
 *
 * @public
 */
export const ANNOTATION_DESCRIPTION = 'karmada.backstage.io/description';

/**
 * Annotation with the owner (entity ref) of the workload.
 *
 * @public
 */
export const ANNOTATION_OWNER = 'karmada.backstage.io/owner';

/**
 * Annotation with the catalog entity (entity ref) the workload belongs to.
 *
 * @public
 */
export const ANNOTATION_ENTITY_REF = 'karmada.backstage.io/entity-ref';

/**
 * The server-side apply field manager the portal writes with.
 *
 * @public
 */
export const FIELD_MANAGER = 'backstage-karmada';
