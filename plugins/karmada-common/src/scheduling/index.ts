export type {
  ExplanationReason,
  ExplanationStage,
  ScheduleConditionReason,
  ScheduleErrorInfo,
  ScheduleErrorReason,
} from './framework';
export type {
  AffinityAttempt,
  AssignmentStrategy,
  ClusterExplanation,
  PlacementFailure,
  PlacementPreview,
  PlacementPreviewBase,
  PlacementSuccess,
  PlacementWarning,
  ScheduleRequest,
  TieReport,
} from './types';
export type {
  APIEnablementStatus,
  PreparedCluster,
  PreparedTaint,
} from './prepareCluster';
export type {
  AvailableAmount,
  ExactResources,
  PreparedResources,
} from './prepareResources';
export type { ModelNodes } from './prepareModels';
export type { ResourceColumn, ResourceColumns } from './resourceColumns';
export type { ClusterFlags, FleetIndex, ValueColumn } from './fleetIndex';
export type {
  FleetSnapshot,
  FleetSnapshotOptions,
  FleetSnapshotUpdate,
} from './snapshot';
export { createFleetSnapshot, updateFleetSnapshot } from './snapshot';
export { previewPlacement } from './previewPlacement';
export { validateScheduleRequest } from './validateScheduleRequest';
export { validatePlacement } from './validatePlacement';
export { applyPlacementDefaults, replicaSchedulingType } from './defaults';
export { replicaStrategy } from './divideReplicas';
export type {
  CompiledRequirements,
  ModelRequest,
  RequestedResource,
} from './estimation';
export {
  compileRequirements,
  estimateAvailableReplicas,
  karmadaAvailableReplicas,
} from './estimation';
export type { PodSpecLike } from './replicaRequirements';
export { replicaRequirementsFromPodTemplate } from './replicaRequirements';
export type { TieBreak } from './webster';
export { tieBreakForUID } from './webster';
export { toleratesTaint } from './plugins/taintToleration';
