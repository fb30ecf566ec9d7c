export { PlacementComparison } from './PlacementComparison';
