export { KarmadaDifferentialField } from './KarmadaDifferentialField';
export type { KarmadaDifferentialUiOptions } from './KarmadaDifferentialField';
export { validateKarmadaDifferential } from './validateKarmadaDifferential';
export { computeClusterDiffs } from './computeClusterDiffs';
export type { ClusterDiff } from './computeClusterDiffs';
