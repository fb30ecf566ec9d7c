/**
 * Karmada for Backstage backend plugin: fleet cache, placement preview,
 * manifest rendering, apply and workload placement over the Karmada API.
 *
 * @packageDocumentation
 */
export { karmadaPlugin as default } from './plugin';
export { readKarmadaConfig, KarmadaConfigError } from './config';
export type {
  KarmadaOptions,
  KarmadaInstanceOptions,
  KarmadaAuthOptions,
} from './config';
