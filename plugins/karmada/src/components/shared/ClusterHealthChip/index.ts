export { ClusterHealthChip } from './ClusterHealthChip';
