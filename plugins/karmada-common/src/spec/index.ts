export {
  formatSpecPath,
  WORKLOAD_FIELD_LABELS,
  workloadFieldLabel,
} from './fieldLabels';
export {
  formatImageReference,
  imageRegistryError,
  imageRepositoryError,
  imageTagError,
  parseImageReference,
} from './imageReference';
export type { ImageReference } from './imageReference';
export { isIPAddress, isIPv4, isIPv6 } from './ipAddress';
export { differentialContainerIndex } from './rules/differentialRules';
export { nameBasedClusters } from './rules/placementRules';
export {
  RESERVED_ANNOTATION_PREFIX,
  RESERVED_LABEL_KEYS,
} from './rules/podRules';
export { specErrorMap } from './specErrorMap';
export {
  validateWorkloadSpec,
  workloadSpecIssues,
} from './validateWorkloadSpec';
export type {
  WorkloadSpecContext,
  WorkloadSpecIssue,
} from './validateWorkloadSpec';
export { workloadSpecSchema } from './workloadSpecSchema';
export type {
  PlacementSpec,
  SchedulingSpec,
  WorkloadSpec,
  WorkloadSpecInput,
} from './workloadSpecSchema';
// Every step's schema, for field extensions that validate one part of the form.
export * from './schemas/advancedSchema';
export * from './schemas/containerSchema';
export * from './schemas/differentialSchema';
export * from './schemas/clusterSelectionSchema';
export * from './schemas/placementSchema';
export * from './schemas/schedulingSchema';
export * from './schemas/podSchema';
export * from './schemas/podSchedulingSchema';
export * from './schemas/nameSchemas';
export * from './schemas/valueSchemas';
export * from './schemas/probeSchema';
export * from './schemas/resourcesSchema';
