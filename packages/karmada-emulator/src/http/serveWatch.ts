import { ServerResponse } from 'node:http';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { compileFilter } from '../api/listObjects';
import { ResourceType, typeKey } from '../api/ResourceType';
import { badRequest, resourceVersionTooOld } from '../api/statusErrors';
import { StoreEvent } from '../store/EventHistory';
import { ObjectStore } from '../store/ObjectStore';

/**
 * The query parameters of a watch.
 *
 * @public
 */
export interface WatchParams {
  resourceVersion?: string;
  labelSelector?: string;
  fieldSelector?: string;
  allowWatchBookmarks: boolean;
  timeoutSeconds?: number;
}

/**
 * Timing of watches (shortened in tests).
 *
 * @public
 */
export interface WatchTiming {
  bookmarkIntervalMs: number;
  /** Applies when the client sets no `timeoutSeconds` (the server's min-request-timeout). */
  defaultTimeoutSeconds: number;
}

/**
 * Streams a watch: newline-delimited `{"type","object"}` events on a
 * chunked 200 response. Without a resourceVersion (or with `0`) the current
 * objects come first as ADDED; with one, the changes after it, or an ERROR
 * event carrying a 410 Expired Status when they are no longer in the
 * history. Selectors apply to both sides of a change: an object leaving the
 * selection is sent as DELETED, one entering it as ADDED. Returns a
 * function that ends the stream.
 *
 * @public
 */
export function serveWatch(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  params: WatchParams,
  res: ServerResponse,
  timing: WatchTiming,
): () => void {
  const matches = compileFilter(params);
  const key = typeKey(type);
  const inScope = (object: KubernetesObject | undefined) =>
    object !== undefined &&
    (namespace === undefined || object.metadata?.namespace === namespace) &&
    matches(object);

  const rv = params.resourceVersion ?? '';
  let backlog: StoreEvent[] | undefined = [];
  if (rv !== '' && rv !== '0') {
    if (!/^\d+$/.test(rv))
      throw badRequest(
        `resourceVersion: Invalid value: ${JSON.stringify(
          rv,
        )}: strconv.ParseUint: parsing ${JSON.stringify(rv)}: invalid syntax`,
      );
    backlog = store.history.since(Number(rv));
  }

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
  });
  // Clients wait for the headers before they consider the watch open.
  res.flushHeaders();
  const send = (eventType: string, object: unknown) =>
    res.write(`${JSON.stringify({ type: eventType, object })}\n`);

  if (backlog === undefined) {
    send(
      'ERROR',
      resourceVersionTooOld(Number(rv), store.history.oldestResumable + 1)
        .status,
    );
    res.end();
    return () => undefined;
  }

  const deliver = (event: StoreEvent) => {
    if (event.typeKey !== key) return;
    const now = event.type !== 'DELETED' && inScope(event.object);
    const before = event.type !== 'ADDED' && inScope(event.previous);
    if (event.type === 'DELETED') {
      if (before) send('DELETED', event.object);
    } else if (now && before) send('MODIFIED', event.object);
    else if (now) send('ADDED', event.object);
    else if (before) send('DELETED', event.object);
  };

  if (rv === '' || rv === '0') {
    for (const object of store.view(key, namespace))
      if (inScope(object)) send('ADDED', object);
  }
  backlog.forEach(deliver);
  // Subscribing in the same tick as the snapshot leaves no gap between them.
  const unsubscribe = store.subscribe(deliver);

  const bookmarks = params.allowWatchBookmarks
    ? setInterval(() => {
        send('BOOKMARK', {
          kind: type.kind,
          apiVersion: type.apiVersion,
          metadata: { resourceVersion: String(store.resourceVersion) },
        });
      }, timing.bookmarkIntervalMs)
    : undefined;
  const timeoutSeconds = params.timeoutSeconds ?? timing.defaultTimeoutSeconds;
  const timeout = setTimeout(() => stop(), timeoutSeconds * 1000);

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    if (bookmarks) clearInterval(bookmarks);
    clearTimeout(timeout);
    res.end();
  }
  res.on('close', stop);
  return stop;
}
