export { WorkloadFilters } from './WorkloadFilters';
