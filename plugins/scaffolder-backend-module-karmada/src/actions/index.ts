export { createKarmadaWorkloadCreateAction } from './createKarmadaWorkloadCreateAction';
export type { KarmadaWorkloadActionOptions } from './createKarmadaWorkloadCreateAction';
export { createKarmadaWorkloadPreviewAction } from './createKarmadaWorkloadPreviewAction';
