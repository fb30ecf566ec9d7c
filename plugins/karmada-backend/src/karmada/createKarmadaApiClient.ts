import { FIELD_MANAGER } from '@karmada-backstage/plugin-karmada-common';
import { KubernetesStatusError } from './errors';
import { findKind, ResourceKind, resourcePath } from './resources';
import { ApiObject, KarmadaTransport } from './types';
import { DEFAULT_RETRY, Retried, RetryOptions, withRetry } from './withRetry';

/**
 * Typed operations on one Karmada API server. Errors are raw (map them with
 * `toBackstageError`); idempotent writes are retried with backoff.
 *
 * @public
 */
export interface KarmadaApiClient {
  /** GET one object; undefined on 404. */
  get<T extends ApiObject>(
    kind: ResourceKind,
    namespace: string | undefined,
    name: string,
  ): Promise<T | undefined>;
  /** Server-side apply (`application/apply-patch+yaml`, fieldManager backstage-karmada). */
  apply<T extends ApiObject>(
    object: ApiObject,
    options: { dryRun?: boolean; force?: boolean },
  ): Promise<Retried<{ status: number; object: T }>>;
  /** DELETE one object; `false` when it was already gone. */
  delete(
    kind: ResourceKind,
    namespace: string | undefined,
    name: string,
    options: { dryRun?: boolean },
  ): Promise<Retried<boolean>>;
}

function kindOf(object: ApiObject): ResourceKind {
  const kind = findKind(object.apiVersion, object.kind);
  if (!kind)
    throw new Error(
      `the plugin does not write ${object.apiVersion} ${object.kind}`,
    );
  return kind;
}

/**
 * Creates a {@link KarmadaApiClient} over a transport.
 *
 * @public
 */
export function createKarmadaApiClient(
  transport: KarmadaTransport,
  retry: RetryOptions = DEFAULT_RETRY,
): KarmadaApiClient {
  return {
    async get<T extends ApiObject>(
      kind: ResourceKind,
      namespace: string | undefined,
      name: string,
    ) {
      try {
        const { value } = await withRetry(
          () =>
            transport.request<T>({
              method: 'GET',
              path: resourcePath(kind, namespace, name),
            }),
          retry,
        );
        return value.body;
      } catch (e) {
        if (e instanceof KubernetesStatusError && e.statusCode === 404)
          return undefined;
        throw e;
      }
    },

    async apply<T extends ApiObject>(
      object: ApiObject,
      options: { dryRun?: boolean; force?: boolean },
    ) {
      const kind = kindOf(object);
      const name = object.metadata?.name;
      if (!name) throw new Error(`${kind.kind} has no metadata.name`);
      const path = resourcePath(kind, object.metadata?.namespace, name);
      // The API server rejects managedFields/resourceVersion in an apply body
      // only when they conflict; strip them so the apply is declarative.
      const { metadata, ...rest } = object;
      const {
        managedFields: _m,
        resourceVersion: _r,
        ...meta
      } = metadata ?? {};
      const res = await withRetry(
        () =>
          transport.request<T>({
            method: 'PATCH',
            path,
            contentType: 'application/apply-patch+yaml',
            query: {
              fieldManager: FIELD_MANAGER,
              force: options.force ? 'true' : undefined,
              dryRun: options.dryRun ? 'All' : undefined,
            },
            body: { ...rest, metadata: meta },
          }),
        retry,
      );
      return {
        ...res,
        value: { status: res.value.status, object: res.value.body },
      };
    },

    async delete(
      kind: ResourceKind,
      namespace: string | undefined,
      name: string,
      options: { dryRun?: boolean },
    ) {
      const path = resourcePath(kind, namespace, name);
      let ambiguous = false;
      try {
        const res = await withRetry(
          () =>
            transport.request({
              method: 'DELETE',
              path,
              query: { dryRun: options.dryRun ? 'All' : undefined },
            }),
          retry,
        );
        return {
          value: true,
          attempts: res.attempts,
          ambiguous: res.ambiguous,
        };
      } catch (e) {
        // A 404 after an ambiguous first attempt means that attempt deleted it.
        if (e instanceof KubernetesStatusError && e.statusCode === 404) {
          ambiguous = ((e as any).attempts ?? 1) > 1;
          return {
            value: ambiguous,
            attempts: (e as any).attempts ?? 1,
            ambiguous,
          };
        }
        throw e;
      }
    },
  };
}
