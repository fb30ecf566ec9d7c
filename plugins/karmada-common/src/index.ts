/**
 * Karmada for Backstage common library: Karmada API types, the placement
 * engine (a simulation of Karmada's scheduler), the override engine, the
 * workload spec and the manifest renderer. Pure and isomorphic: no I/O.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './selectors';
export * from './errors';
export * from './api';
export * from './permissions';
export * from './quantity';
export * from './summary';
export * from './status';
export * from './spec';
export * from './manifests';
export * from './overrides';
export * from './scheduling';
