import http from 'node:http';
import { createInterface } from 'node:readline';
import { KarmadaConnectionError, KubernetesStatusError } from './errors';
import { WatchEvent, WatchHandle } from './types';

/**
 * Opens a Kubernetes watch stream (newline-delimited JSON events) and hands
 * every event to `onEvent`. A connect timeout bounds the wait for headers; an
 * idle timeout ends a stream that went silent (a half-open connection), so
 * the cache resumes instead of waiting forever.
 *
 * @internal
 */
export function openWatch(options: {
  path: string;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  open: () => Promise<http.ClientRequest>;
  onEvent: (event: WatchEvent) => void;
  onOpen?: () => void;
}): WatchHandle {
  let req: http.ClientRequest | undefined;
  let aborted = false;
  const where = { method: 'GET', path: options.path.split('?')[0] };
  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      req?.destroy();
      if (err && !aborted) reject(err);
      else resolve();
    };
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
    options
      .open()
      .then(r => {
        req = r;
        // Listen first: destroying a request without a listener throws.
        r.on('error', (e: NodeJS.ErrnoException) =>
          finish(
            new KarmadaConnectionError(
              `watch ${where.path}: ${e.message}`,
              e.code,
              where,
              false,
            ),
          ),
        );
        if (aborted) {
          finish();
          return;
        }
        arm(
          options.connectTimeoutMs,
          `no answer within ${options.connectTimeoutMs} ms`,
        );
        r.on('response', res => {
          const status = res.statusCode ?? 0;
          if (status !== 200) {
            const chunks: Buffer[] = [];
            res.on('data', c => chunks.push(c));
            res.on('end', () => {
              let body: any = {};
              try {
                body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              } catch {
                body = { message: `HTTP ${status}` };
              }
              finish(new KubernetesStatusError(status, body, where));
            });
            return;
          }
          arm(options.idleTimeoutMs, 'stream went silent');
          options.onOpen?.();
          const lines = createInterface({ input: res, crlfDelay: Infinity });
          lines.on('error', e =>
            finish(
              new KarmadaConnectionError(
                `watch ${where.path}: ${e.message}`,
                undefined,
                where,
                false,
              ),
            ),
          );
          lines.on('line', line => {
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
          res.on('error', (e: NodeJS.ErrnoException) =>
            finish(
              new KarmadaConnectionError(
                `watch ${where.path}: ${e.message}`,
                e.code,
                where,
                false,
              ),
            ),
          );
          res.on('close', () => finish());
        });
        r.end();
      })
      .catch(e => finish(e));
  });
  return {
    done,
    abort() {
      aborted = true;
      req?.destroy();
    },
  };
}
