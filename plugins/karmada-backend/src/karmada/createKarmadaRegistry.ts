import { LoggerService } from '@backstage/backend-plugin-api';
import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { KarmadaInstanceOptions } from '../config';
import {
  createKarmadaInstance,
  KarmadaInstance,
} from './createKarmadaInstance';
import { RetryOptions } from './withRetry';

/**
 * All instances, by name; the first is the default.
 *
 * @public
 */
export interface KarmadaRegistry {
  list(): KarmadaInstance[];
  /**
   * The named instance (the default without a name). Unknown names throw an
   * InputError naming `where` (e.g. `body.instance`), or NotFoundError when
   * `where` is omitted (a path parameter).
   */
  get(name?: string, where?: string): KarmadaInstance;
  /** Like `get`, but also requires the instance's caches to be synced. */
  getReady(
    name?: string,
    where?: string,
  ): Required<Pick<KarmadaInstance, 'client' | 'cache'>> & KarmadaInstance;
  start(): void;
  stop(): void;
}

/**
 * Creates the registry of configured instances.
 *
 * @public
 */
export function createKarmadaRegistry(
  instances: KarmadaInstanceOptions[],
  deps: {
    logger: LoggerService;
    retry?: RetryOptions;
    backoff?: { initialMs: number; maxMs: number };
  },
): KarmadaRegistry {
  const list = instances.map(o => createKarmadaInstance(o, deps));
  const byName = new Map(list.map(i => [i.name, i]));

  function get(name?: string, where?: string): KarmadaInstance {
    const found = name ? byName.get(name) : list[0];
    if (found) return found;
    const message = `unknown Karmada instance "${name}" (configured: ${list
      .map(i => i.name)
      .join(', ')})`;
    throw where
      ? new InputError(`${where}: ${message}`)
      : new NotFoundError(message);
  }

  return {
    list: () => list,
    get,
    getReady(name, where) {
      const instance = get(name, where);
      const status = instance.status();
      if (
        !instance.client ||
        !instance.cache ||
        !instance.cache.all.every(i => i.status().synced)
      ) {
        const why = status.error
          ? `: ${status.error.message}`
          : ' (still loading its cache)';
        throw new ServiceUnavailableError(
          `Karmada instance "${instance.name}" is not ready${why}`,
        );
      }
      return instance as Required<Pick<KarmadaInstance, 'client' | 'cache'>> &
        KarmadaInstance;
    },
    start: () => list.forEach(i => i.start()),
    stop: () => list.forEach(i => i.stop()),
  };
}
