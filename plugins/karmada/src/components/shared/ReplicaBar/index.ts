export { ReplicaBar } from './ReplicaBar';
