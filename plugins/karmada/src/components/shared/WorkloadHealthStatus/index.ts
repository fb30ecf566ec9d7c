export { WorkloadHealthStatus } from './WorkloadHealthStatus';
