// Label and annotation keys Karmada's controllers write (pkg/apis/*/well_known_constants.go,
// pkg/util/constants.go), named as there.

/** @internal */
export const PP_PERMANENT_ID_LABEL =
  'propagationpolicy.karmada.io/permanent-id';
/** @internal */
export const PP_NAMESPACE_ANNOTATION = 'propagationpolicy.karmada.io/namespace';
/** @internal */
export const PP_NAME_ANNOTATION = 'propagationpolicy.karmada.io/name';
/** @internal */
export const CPP_PERMANENT_ID_LABEL =
  'clusterpropagationpolicy.karmada.io/permanent-id';
/** @internal */
export const CPP_NAME_ANNOTATION = 'clusterpropagationpolicy.karmada.io/name';
/** @internal */
export const RB_PERMANENT_ID_LABEL = 'resourcebinding.karmada.io/permanent-id';
/** @internal */
export const RB_NAME_ANNOTATION = 'resourcebinding.karmada.io/name';
/** @internal */
export const RB_NAMESPACE_ANNOTATION = 'resourcebinding.karmada.io/namespace';
/** @internal */
export const RB_DEPENDED_BY_LABEL_PREFIX =
  'resourcebinding.karmada.io/depended-by-';
/** @internal */
export const WORK_PERMANENT_ID_LABEL = 'work.karmada.io/permanent-id';
/** @internal */
export const WORK_NAME_ANNOTATION = 'work.karmada.io/name';
/** @internal */
export const WORK_NAMESPACE_ANNOTATION = 'work.karmada.io/namespace';
/** @internal */
export const TEMPLATE_GENERATION_ANNOTATION =
  'resourcetemplate.karmada.io/generation';
/** @internal */
export const TEMPLATE_UID_ANNOTATION = 'resourcetemplate.karmada.io/uid';
/** @internal */
export const MANAGED_BY_KARMADA_LABEL = 'karmada.io/managed';
/** @internal */
export const CONFLICT_RESOLUTION_ANNOTATION =
  'work.karmada.io/conflict-resolution';
/** @internal */
export const APPLIED_OVERRIDES_ANNOTATION =
  'policy.karmada.io/applied-overrides';
/** @internal */
export const APPLIED_CLUSTER_OVERRIDES_ANNOTATION =
  'policy.karmada.io/applied-cluster-overrides';
/** @internal */
export const APPLIED_PLACEMENT_ANNOTATION =
  'policy.karmada.io/applied-placement';
/** @internal */
export const EXECUTION_SPACE_PREFIX = 'karmada-es-';

/** The field managers of Karmada's components, as they appear in managedFields. */
export const CONTROLLER_MANAGER = 'karmada-controller-manager';
/** @internal */
export const SCHEDULER_MANAGER = 'karmada-scheduler';
