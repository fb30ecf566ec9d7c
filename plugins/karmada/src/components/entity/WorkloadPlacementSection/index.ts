export { WorkloadPlacementSection } from './WorkloadPlacementSection';
