export * from './types';
export { readKarmadaConfig, KarmadaConfigError } from './readKarmadaConfig';
export { verifyInstanceFiles } from './verifyInstanceFiles';
export { createNamespaceGuardrail } from './createNamespaceGuardrail';
export type { NamespaceGuardrail } from './createNamespaceGuardrail';
