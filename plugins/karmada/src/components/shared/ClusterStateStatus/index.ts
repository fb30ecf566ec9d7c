export { ClusterStateStatus } from './ClusterStateStatus';
