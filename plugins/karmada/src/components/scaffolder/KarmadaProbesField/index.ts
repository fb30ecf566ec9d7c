export { KarmadaProbesField, PROBES } from './KarmadaProbesField';
export { validateKarmadaProbes } from './validateKarmadaProbes';
export type { KarmadaProbesValue, ProbeValue, ProbeKey } from './types';
