export type {
  ContainerHandler,
  Container,
  Deployment,
  EnvFromSource,
  EnvVar,
  KeySelector,
  PodSpec,
  Volume,
} from './deploymentTypes';
export { detectDependencies } from './detectDependencies';
export type {
  PodTemplateHolder,
  WorkloadDependency,
} from './detectDependencies';
export { kubernetesIdOf } from './objectMetadata';
export type { RenderOptions } from './objectMetadata';
export { renderDeployment } from './renderDeployment';
export {
  groupDifferentialClusters,
  renderOverridePolicy,
} from './renderOverridePolicy';
export {
  renderPropagationPolicy,
  workloadResourceSelector,
} from './renderPropagationPolicy';
export { renderWorkload } from './renderWorkload';
export { resourceBindingName } from './resourceBindingName';
export type { RenderedWorkload } from './renderWorkload';
export { renderedObjects, renderWorkloadYaml } from './renderWorkloadYaml';
export type { RenderedObject } from './renderWorkloadYaml';
export {
  PRIMARY_AFFINITY_NAME,
  toKarmadaPlacement,
  toReplicaScheduling,
  UNLIMITED_CLUSTER_GROUPS,
} from './toKarmadaPlacement';
export * from '../constants';
