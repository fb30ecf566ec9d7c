import { LoggerService } from '@backstage/backend-plugin-api';
import { KubernetesStatusError, KarmadaConnectionError } from './errors';
import { ResourceKind, resourcePath } from './resources';
import { KarmadaTransport, WatchEvent } from './types';
import { computeBackoff } from './backoff';
import { Informer, InformerEvent, InformerStatus } from './informerTypes';
import { isNewer, keyOf, Obj } from './objectKeys';
import { listAll } from './listAll';
import {
  createReachabilityLog,
  ReachabilityLog,
} from './createReachabilityLog';

export type { Informer, InformerEvent, InformerStatus } from './informerTypes';

class GoneError extends Error {}

/**
 * Creates an {@link Informer} for one kind (optionally narrowed by a label selector).
 *
 * @public
 */
export function createInformer<T extends Obj>(options: {
  transport: KarmadaTransport;
  kind: ResourceKind;
  labelSelector?: string;
  logger: LoggerService;
  pageSize?: number;
  backoff?: { initialMs: number; maxMs: number };
  /** Shared by an instance's informers: one log line per outage, not per kind and retry. */
  reachability?: ReachabilityLog;
}): Informer<T> {
  const { transport, kind, labelSelector, logger } = options;
  const reachability =
    options.reachability ??
    createReachabilityLog({
      logger,
      subject: `cache ${kind.kind}`,
      server: transport.server,
    });
  const backoff = options.backoff ?? { initialMs: 500, maxMs: 30_000 };
  const path = resourcePath(kind);
  const items = new Map<string, T>();
  const listeners = new Set<(events: InformerEvent<T>[]) => void>();
  const syncWaiters = new Set<() => void>();
  const state: Omit<InformerStatus, 'kind'> = { synced: false };
  const retry = { attempt: 0 };
  // The server accepted a watch: the instance is reachable again.
  const onWatchOpen = () => {
    state.error = undefined;
    retry.attempt = 0;
    reachability.reached(kind.kind);
  };
  let stopped = true;
  let current: { abort(): void } | undefined;
  let sleeper: { timer: NodeJS.Timeout; resolve: () => void } | undefined;

  // List items may omit apiVersion and kind; the engines read them.
  const withKind = (o: T): T =>
    (o as { kind?: string }).kind
      ? o
      : ({ apiVersion: kind.apiVersion, kind: kind.kind, ...o } as T);

  const emit = (events: InformerEvent<T>[]) => {
    if (!events.length) return;
    for (const l of listeners) {
      try {
        l(events);
      } catch (e) {
        logger.error(`karmada cache listener for ${kind.kind} failed: ${e}`);
      }
    }
  };

  async function relist(): Promise<string | undefined> {
    const { items: listed, resourceVersion } = await listAll<T>(
      transport,
      path,
      labelSelector,
      options.pageSize ?? 500,
    );
    const fresh = new Map<string, T>();
    for (const o of listed) fresh.set(keyOf(o), withKind(o));
    const events: InformerEvent<T>[] = [];
    for (const [k, o] of items)
      if (!fresh.has(k)) events.push({ type: 'delete', object: o });
    for (const [k, o] of fresh) {
      const previous = items.get(k);
      if (previous?.metadata?.resourceVersion !== o.metadata?.resourceVersion)
        events.push({ type: 'upsert', object: o, previous });
    }
    items.clear();
    for (const [k, o] of fresh) items.set(k, o);
    emit(events);
    return resourceVersion;
  }

  function onEvent(event: WatchEvent) {
    if (event.type === 'ERROR') {
      const st = event.object;
      if (st.code === 410) throw new GoneError(st.message);
      throw new KubernetesStatusError(st.code ?? 500, st, {
        method: 'GET',
        path,
      });
    }
    const o = withKind(event.object as unknown as T);
    if (o.metadata?.resourceVersion)
      state.resourceVersion = o.metadata.resourceVersion;
    if (event.type === 'BOOKMARK') return;
    const k = keyOf(o);
    if (event.type === 'DELETED') {
      const previous = items.get(k);
      items.delete(k);
      emit([{ type: 'delete', object: previous ?? o }]);
    } else {
      const previous = items.get(k);
      // A write-through (observe) may already hold a newer version.
      if (
        previous &&
        !isNewer(
          o.metadata?.resourceVersion,
          previous.metadata?.resourceVersion,
        )
      )
        return;
      items.set(k, o);
      emit([{ type: 'upsert', object: o, previous }]);
    }
  }

  function sleep(ms: number) {
    return new Promise<void>(resolve => {
      sleeper = { timer: setTimeout(resolve, ms), resolve };
    });
  }

  async function run() {
    let needList = true;
    while (!stopped) {
      try {
        if (needList) {
          state.resourceVersion = await relist();
          needList = false;
          Object.assign(state, {
            synced: true,
            error: undefined,
            lastSyncTime: new Date(),
          });
          reachability.reached(kind.kind);
          for (const w of syncWaiters) w();
          syncWaiters.clear();
        }
        if (stopped) return;
        const started = Date.now();
        // Randomised server-side timeout so many watches do not reconnect in lockstep.
        const timeoutSeconds = 240 + Math.floor(Math.random() * 120);
        const handle = transport.watch(
          path,
          {
            labelSelector,
            resourceVersion: state.resourceVersion,
            allowWatchBookmarks: true,
            timeoutSeconds,
          },
          onEvent,
          onWatchOpen,
        );
        current = handle;
        await handle.done;
        // A stream that closes at once repeatedly is a fault, not a timeout.
        if (Date.now() - started < 1000) {
          retry.attempt++;
          await sleep(computeBackoff(retry.attempt, backoff));
        }
      } catch (e) {
        if (stopped) return;
        if (
          e instanceof GoneError ||
          (e instanceof KubernetesStatusError && e.statusCode === 410)
        ) {
          logger.info(
            `karmada cache ${kind.kind}: resourceVersion expired, relisting`,
          );
          // Keep serving the (stale but complete) items while relisting.
          needList = true;
          continue;
        }
        retry.attempt++;
        state.error = e as Error;
        // Without a resourceVersion to resume from, only a list can catch up.
        if (!state.resourceVersion) needList = true;
        const delay = computeBackoff(retry.attempt, backoff);
        const msg =
          e instanceof KarmadaConnectionError ||
          e instanceof KubernetesStatusError
            ? e.message
            : String(e);
        reachability.failed(kind.kind, msg, delay);
        await sleep(delay);
      }
    }
  }

  return {
    kind,
    start() {
      if (!stopped) return;
      stopped = false;
      void run();
    },
    stop() {
      stopped = true;
      current?.abort();
      if (sleeper) {
        clearTimeout(sleeper.timer);
        sleeper.resolve();
      }
    },
    status: () => ({ kind: kind.kind, ...state }),
    get: (namespace, name) =>
      items.get(`${kind.namespaced ? namespace ?? '' : ''}/${name}`),
    list: () => items.values(),
    size: () => items.size,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    observe(object) {
      const k = keyOf(object);
      const previous = items.get(k);
      if (
        previous &&
        !isNewer(
          object.metadata?.resourceVersion,
          previous.metadata?.resourceVersion,
        )
      )
        return;
      items.set(k, object);
      emit([{ type: 'upsert', object, previous }]);
    },
    forget(namespace, name) {
      const k = `${kind.namespaced ? namespace ?? '' : ''}/${name}`;
      const previous = items.get(k);
      if (!previous) return;
      items.delete(k);
      emit([{ type: 'delete', object: previous }]);
    },
    waitForSync(timeoutMs) {
      if (state.synced) return Promise.resolve(true);
      return new Promise(resolve => {
        // Set once the request/subscription exists (its callback needs it).
        const timer: { id?: NodeJS.Timeout } = {};
        const done = () => {
          clearTimeout(timer.id);
          resolve(true);
        };
        timer.id = setTimeout(() => {
          syncWaiters.delete(done);
          resolve(false);
        }, timeoutMs);
        syncWaiters.add(done);
      });
    },
  };
}
