export { KarmadaPlacementField } from './KarmadaPlacementField';
export type { KarmadaPlacementUiOptions } from './KarmadaPlacementField';
export { withPlacementDefaults } from './withPlacementDefaults';
export type { PlacementChoices } from './withPlacementDefaults';
export { validateKarmadaPlacement } from './validateKarmadaPlacement';
export { buildPreviewRequest } from './buildPreviewRequest';
