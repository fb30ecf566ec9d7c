import type { ObjectMeta } from '@karmada-backstage/plugin-karmada-common';
import { KubernetesStatus } from './errors';

/**
 * One request to a Karmada API server.
 *
 * @public
 */
export interface KarmadaRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute API path, e.g. `/apis/apps/v1/namespaces/a/deployments/web`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /** Overrides the instance's timeout for this request. */
  timeoutMs?: number;
}

/**
 * A successful answer.
 *
 * @public
 */
export interface KarmadaResponse<T> {
  status: number;
  body: T;
}

/**
 * One event of a watch stream; `ERROR` carries a Status (410 Gone: relist).
 *
 * @public
 */
export type WatchEvent =
  | {
      type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
      object: { metadata?: { resourceVersion?: string } } & Record<string, any>;
    }
  | { type: 'ERROR'; object: KubernetesStatus };

/**
 * An open watch stream.
 *
 * @public
 */
export interface WatchHandle {
  /** Resolves when the stream ends cleanly, rejects with the raw error otherwise. */
  done: Promise<void>;
  abort(): void;
}

/**
 * HTTP to one Karmada API server (credentials and TLS included).
 *
 * @public
 */
export interface KarmadaTransport {
  /** Scheme, host and base path, for messages (never carries credentials). */
  server: string;
  request<T>(req: KarmadaRequest): Promise<KarmadaResponse<T>>;
  watch(
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (event: WatchEvent) => void,
    /** Called once the server accepted the watch (HTTP 200). */
    onOpen?: () => void,
  ): WatchHandle;
  close(): void;
}

/**
 * Any API object, loosely: what the client writes and the cache stores.
 * (Karmada's typed objects have no index signature, so they do not fit
 * `KubernetesObject`.)
 *
 * @public
 */
export interface ApiObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}
