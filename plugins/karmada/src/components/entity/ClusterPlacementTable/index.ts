export { ClusterPlacementTable } from './ClusterPlacementTable';
