import { LoggerService } from '@backstage/backend-plugin-api';
import { InstanceStatusDto } from '@karmada-backstage/plugin-karmada-common';
import {
  createNamespaceGuardrail,
  KarmadaInstanceOptions,
  NamespaceGuardrail,
} from '../config';
import {
  createKarmadaApiClient,
  KarmadaApiClient,
} from './createKarmadaApiClient';
import { createInstanceCache, InstanceCache } from './createInstanceCache';
import { createKubeConfig } from './createKubeConfig';
import { createTransport } from './createTransport';
import { KarmadaTransport } from './types';
import { RetryOptions } from './withRetry';

/**
 * Everything the plugin holds for one Karmada instance.
 *
 * @public
 */
export interface KarmadaInstance {
  name: string;
  title: string;
  isDefault: boolean;
  guardrail: NamespaceGuardrail;
  /** Undefined when the instance could not even be set up (see `status().error`). */
  client?: KarmadaApiClient;
  cache?: InstanceCache;
  transport?: KarmadaTransport;
  status(): InstanceStatusDto;
  start(): void;
  stop(): void;
}

function errorDto(e: unknown) {
  const err = e as Error;
  return { name: err?.name ?? 'Error', message: err?.message ?? String(e) };
}

/**
 * Sets up one instance: KubeConfig, transport, API client and watch caches.
 * A setup failure (a missing kubeconfig file) is kept as the instance's
 * status instead of thrown, so the other instances still work.
 *
 * @public
 */
export function createKarmadaInstance(
  options: KarmadaInstanceOptions,
  deps: {
    logger: LoggerService;
    retry?: RetryOptions;
    backoff?: { initialMs: number; maxMs: number };
  },
): KarmadaInstance {
  const guardrail = createNamespaceGuardrail(options.namespaces);
  const base = {
    name: options.name,
    title: options.title,
    isDefault: options.isDefault,
    guardrail,
  };
  let transport: KarmadaTransport;
  try {
    transport = createTransport(createKubeConfig(options), {
      timeoutMs: options.timeoutMs,
    });
  } catch (e) {
    deps.logger.error(
      `karmada instance "${options.name}" cannot be set up: ${
        (e as Error).message
      }`,
    );
    return {
      ...base,
      status: () => ({
        state: 'unreachable',
        ready: false,
        error: errorDto(e),
      }),
      start() {},
      stop() {},
    };
  }
  const cache = createInstanceCache({
    name: options.name,
    transport,
    logger: deps.logger.child({ karmadaInstance: options.name }),
    backoff: deps.backoff,
  });
  return {
    ...base,
    transport,
    client: createKarmadaApiClient(transport, deps.retry),
    cache,
    status() {
      const states = cache.status();
      const failing = states.find(s => s.error);
      const synced = states.every(s => s.synced);
      const times = states.map(s => s.lastSyncTime?.getTime() ?? 0);
      const lastSyncTime = synced
        ? new Date(Math.min(...times)).toISOString()
        : undefined;
      if (failing?.error) {
        return {
          state: 'unreachable',
          ready: false,
          error: {
            name: failing.error.name,
            message: `${failing.kind}: ${failing.error.message}`,
          },
          ...(lastSyncTime ? { lastSyncTime } : {}),
        };
      }
      return synced
        ? { state: 'ready', ready: true, lastSyncTime }
        : { state: 'syncing', ready: false };
    },
    start: () => cache.start(),
    stop() {
      cache.stop();
      transport.close();
    },
  };
}
