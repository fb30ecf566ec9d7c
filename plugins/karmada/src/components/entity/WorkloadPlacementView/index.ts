export { WorkloadPlacementView } from './WorkloadPlacementView';
