export * from './types';
export { readKarmadaConfig, KarmadaConfigError } from './readKarmadaConfig';
export { createNamespaceGuardrail } from './createNamespaceGuardrail';
export type { NamespaceGuardrail } from './createNamespaceGuardrail';
