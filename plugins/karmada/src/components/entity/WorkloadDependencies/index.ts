export { WorkloadDependencies } from './WorkloadDependencies';
