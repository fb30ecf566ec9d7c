export { EntityKarmadaContent } from './EntityKarmadaContent';
export { EntityKarmadaCard } from './EntityKarmadaCard';
export { isKarmadaAvailable } from './isKarmadaAvailable';
