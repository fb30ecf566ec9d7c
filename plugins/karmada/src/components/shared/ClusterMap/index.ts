export { ClusterMap } from './ClusterMap';
export type { ClusterMapCluster } from './ClusterMap';
export { groupClusters } from './groupClusters';
export type { ClusterMapItem, ClusterGroup } from './groupClusters';
