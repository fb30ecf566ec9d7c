export { KarmadaResourcesField } from './KarmadaResourcesField';
export type { KarmadaResourcesUiOptions } from './KarmadaResourcesField';
export { validateKarmadaResources } from './validateKarmadaResources';
