/**
 * Karmada for Backstage node library: the Karmada service other backend
 * plugins and modules use, its HTTP client, and extension points of the
 * Karmada backend. Test doubles are on the `/testUtils` entry.
 *
 * @packageDocumentation
 */
export type {
  KarmadaService,
  KarmadaServiceRequestOptions,
} from './KarmadaService';
export { karmadaServiceRef } from './karmadaServiceRef';
export { createKarmadaHttpClient } from './createKarmadaHttpClient';
export { karmadaInstanceSupplierExtensionPoint } from './extensions';
export type {
  KarmadaInstanceDefinition,
  KarmadaInstanceSupplierExtensionPoint,
} from './extensions';
