/**
 * A local stand-in for a Karmada control plane: a Kubernetes REST API
 * server on loopback (discovery, CRUD, server-side apply, watches, Status
 * errors) serving member Clusters, workloads and Karmada's policies, with
 * Karmada's controllers in miniature running the project's own scheduling
 * and override engines. For local use and tests, never for production.
 *
 * @packageDocumentation
 */
export { startEmulator } from './startEmulator';
export type { EmulatorOptions } from './startEmulator';
export type { Emulator, EmulatorKubeConfig } from './createEmulatorHandle';
export type { FaultKind, FaultSettings } from './http/FaultInjector';
export type { RequestLogEntry } from './http/RequestLog';
export { main } from './main';
export type { MainIo } from './main';
