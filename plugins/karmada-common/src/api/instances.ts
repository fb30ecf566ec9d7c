import { ErrorDto } from './common';

/**
 * The state of an instance's watch cache.
 * - `ready`: listed and watching; answers come from the cache.
 * - `syncing`: first list not finished yet.
 * - `unreachable`: the last attempt failed; `error` says why; retrying with backoff.
 *
 * @public
 */
export type InstanceState = 'ready' | 'syncing' | 'unreachable';

/**
 * Readiness of one instance.
 *
 * @public
 */
export interface InstanceStatusDto {
  state: InstanceState;
  /** True once the cache holds a complete list of every watched kind. */
  ready: boolean;
  /** Why the instance is not ready (never carries credentials). */
  error?: ErrorDto;
  /** When the cache last completed a list (ISO 8601). */
  lastSyncTime?: string;
}

/**
 * The namespace guardrail of an instance.
 *
 * @public
 */
export interface NamespaceGuardrailDto {
  /** Globs a namespace must match (empty: any namespace). */
  allow: string[];
  /** Globs a namespace must not match; deny wins over allow. */
  deny: string[];
  /** The same in plain words, e.g. "only namespaces matching team-*; never kube-*, karmada-*". */
  description: string;
}

/**
 * A configured Karmada instance, as the frontend may see it (no URL, no credentials).
 *
 * @public
 */
export interface InstanceDto {
  name: string;
  title: string;
  /** The first configured instance is the default. */
  default: boolean;
  status: InstanceStatusDto;
  /** Member clusters in the cache (0 until the first list). */
  clusterCount: number;
  namespaces: NamespaceGuardrailDto;
}

/**
 * `GET /instances` response.
 *
 * @public
 */
export interface ListInstancesResponse {
  items: InstanceDto[];
}

/**
 * `GET /health` response: ok when every instance is ready.
 *
 * @public
 */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  instances: Array<{ name: string } & InstanceStatusDto>;
}

/**
 * A namespace of an instance that passes the guardrail.
 *
 * @public
 */
export interface NamespaceDto {
  name: string;
  /** Namespace phase (`Active`, `Terminating`). */
  phase?: string;
}

/**
 * `GET /namespaces?instance=` response (only allowed namespaces).
 *
 * @public
 */
export interface ListNamespacesResponse {
  instance: string;
  items: NamespaceDto[];
  guardrail: NamespaceGuardrailDto;
}
