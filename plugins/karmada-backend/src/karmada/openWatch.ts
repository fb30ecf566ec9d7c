import { createInterface } from 'node:readline';
import { RequestContext } from '@kubernetes/client-node';
import type { Response } from 'node-fetch';
import {
  KarmadaConnectionError,
  KubernetesStatus,
  KubernetesStatusError,
} from './errors';
import { sendStreaming } from './sendStreaming';
import { toConnectionError } from './toConnectionError';
import { WatchEvent, WatchHandle } from './types';

function parseStatus(text: string, status: number): KubernetesStatus {
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object') return body;
  } catch {
    // Not JSON (a proxy's page): the status code is all there is.
  }
  return { message: `HTTP ${status}` };
}

/**
 * Opens a Kubernetes watch stream (newline-delimited JSON events) through
 * client-node's HTTP layer and hands every event to `onEvent`. A connect
 * timeout bounds the wait for headers; an idle timeout ends a stream that
 * went silent (a half-open connection), so the cache resumes instead of
 * waiting forever. An exception from `onEvent` ends the watch with it.
 *
 * @internal
 */
export function openWatch(options: {
  /** The API path (without query), for errors. */
  path: string;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  /** The watch request with credentials and agent (see `createTransport`). */
  prepare: () => Promise<RequestContext>;
  onEvent: (event: WatchEvent) => void;
  onOpen?: () => void;
}): WatchHandle {
  const controller = new AbortController();
  const where = { method: 'GET', path: options.path };
  let aborted = false;
  let finish: (err?: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    finish = err => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      // Closes the connection whatever the stage (node-fetch aborts the request).
      controller.abort();
      if (err && !aborted) reject(err);
      else resolve();
    };
    const fail = (e: unknown) =>
      finish(toConnectionError(e, where, `watch ${where.path}`, false));
    const arm = (ms: number, what: string) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(
        () =>
          finish(
            new KarmadaConnectionError(
              `watch ${where.path}: ${what}`,
              'ETIMEDOUT',
              where,
              false,
            ),
          ),
        ms,
      );
    };
    const onResponse = async (res: Response) => {
      const body = res.body;
      // Listen first: node-fetch reports an abort as an 'error' on the
      // body, which would throw without a listener.
      body.on('error', fail);
      if (res.status !== 200) {
        const text = await res.text();
        finish(
          new KubernetesStatusError(
            res.status,
            parseStatus(text, res.status),
            where,
          ),
        );
        return;
      }
      arm(options.idleTimeoutMs, 'stream went silent');
      options.onOpen?.();
      const lines = createInterface({ input: body, crlfDelay: Infinity });
      lines.on('error', fail);
      lines.on('line', line => {
        // Lines already read when the watch ended belong to no one.
        if (settled) return;
        arm(options.idleTimeoutMs, 'stream went silent');
        if (!line.trim()) return;
        let event: WatchEvent;
        try {
          event = JSON.parse(line);
        } catch {
          return; // a torn line at a disconnect; the resume covers it
        }
        try {
          options.onEvent(event);
        } catch (e) {
          finish(e as Error);
        }
      });
      body.on('close', () => finish());
    };
    // A failure to get credentials stays as it is; a failure to talk to
    // the server becomes a connection error.
    options.prepare().then(context => {
      // Aborted while the credentials were fetched: do not send.
      if (settled) return;
      context.setSignal(controller.signal);
      arm(
        options.connectTimeoutMs,
        `no answer within ${options.connectTimeoutMs} ms`,
      );
      sendStreaming(context).then(onResponse).catch(fail);
    }, finish);
  });
  return {
    done,
    abort() {
      aborted = true;
      finish();
    },
  };
}
