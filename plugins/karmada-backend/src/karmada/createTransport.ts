import http from 'node:http';
import https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';
import {
  KarmadaConnectionError,
  KubernetesStatus,
  KubernetesStatusError,
} from './errors';
import { KarmadaRequest, KarmadaResponse, KarmadaTransport } from './types';
import { openWatch } from './openWatch';

type Query = KarmadaRequest['query'];

function buildPath(path: string, query: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined) qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

function parseStatus(text: string, statusCode: number): KubernetesStatus {
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object') return body as KubernetesStatus;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): keep the text.
  }
  return {
    status: 'Failure',
    code: statusCode,
    message: text.slice(0, 500) || http.STATUS_CODES[statusCode],
  };
}

/**
 * The HTTP transport of one instance: node's http(s) with a keep-alive
 * agent, credentials and TLS material from the instance's `KubeConfig`, and
 * a timeout on every request. Errors are raw ({@link KubernetesStatusError},
 * {@link KarmadaConnectionError}); callers map them with `toBackstageError`.
 *
 * @public
 */
export function createTransport(
  kc: KubeConfig,
  options: { timeoutMs: number },
): KarmadaTransport {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('KubeConfig has no current cluster');
  const base = new URL(cluster.server);
  const secure = base.protocol === 'https:';
  const basePath = base.pathname.replace(/\/+$/, '');
  let agent: http.Agent | undefined;

  // Credentials can rotate (token files, exec plugins): ask every time.
  async function requestOptions(
    method: string,
    path: string,
    headers: Record<string, string>,
  ) {
    const opts: https.RequestOptions = { headers: {} };
    await kc.applyToHTTPSOptions(opts);
    if (!agent) {
      agent = secure
        ? new https.Agent({
            keepAlive: true,
            maxSockets: 64,
            ca: opts.ca,
            cert: opts.cert,
            key: opts.key,
            rejectUnauthorized: opts.rejectUnauthorized,
            servername: opts.servername,
          })
        : new http.Agent({ keepAlive: true, maxSockets: 64 });
    }
    return {
      protocol: base.protocol,
      hostname: base.hostname.replace(/^\[|\]$/g, ''),
      port: base.port || (secure ? 443 : 80),
      method,
      path: basePath + path,
      agent,
      headers: {
        ...(opts.headers as Record<string, string>),
        accept: 'application/json',
        ...headers,
      },
      auth: opts.auth,
    };
  }

  async function request<T>(req: KarmadaRequest): Promise<KarmadaResponse<T>> {
    const path = buildPath(req.path, req.query);
    const where = { method: req.method, path: req.path };
    const payload =
      req.body === undefined ? undefined : JSON.stringify(req.body);
    const headers: Record<string, string> = {};
    if (payload !== undefined) {
      headers['content-type'] = req.contentType ?? 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const opts = await requestOptions(req.method, path, headers);
    const timeoutMs = req.timeoutMs ?? options.timeoutMs;
    return new Promise<KarmadaResponse<T>>((resolve, reject) => {
      let sent = false;
      // Set once the request exists (its callback needs it).
      const timer: { id?: NodeJS.Timeout } = {};
      const r = (secure ? https : http).request(opts, res => {
        const chunks: Buffer[] = [];
        res.on('data', c => chunks.push(c));
        res.on('error', e =>
          reject(
            new KarmadaConnectionError(
              `${req.method} ${req.path}: ${e.message}`,
              (e as NodeJS.ErrnoException).code,
              where,
              true,
            ),
          ),
        );
        res.on('end', () => {
          clearTimeout(timer.id);
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            try {
              resolve({
                status,
                body: (text ? JSON.parse(text) : undefined) as T,
              });
            } catch {
              reject(
                new KarmadaConnectionError(
                  `${req.method} ${req.path}: the API server sent a body that is not JSON`,
                  'EBADBODY',
                  where,
                  true,
                ),
              );
            }
          } else {
            reject(
              new KubernetesStatusError(
                status,
                parseStatus(text, status),
                where,
              ),
            );
          }
        });
      });
      timer.id = setTimeout(() => {
        r.destroy(
          new KarmadaConnectionError(
            `${req.method} ${req.path}: no answer within ${timeoutMs} ms`,
            'ETIMEDOUT',
            where,
            sent,
          ),
        );
      }, timeoutMs);
      r.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer.id);
        if (e instanceof KarmadaConnectionError) reject(e);
        else
          reject(
            new KarmadaConnectionError(
              `${req.method} ${req.path}: ${e.message}`,
              e.code,
              where,
              sent && e.code !== 'ECONNREFUSED',
            ),
          );
      });
      r.on('finish', () => {
        sent = true;
      });
      r.end(payload);
    });
  }

  return {
    server: `${base.protocol}//${base.host}${basePath}`,
    request,
    watch: (path, query, onEvent, onOpen) =>
      openWatch({
        path: buildPath(path, { ...query, watch: 'true' }),
        connectTimeoutMs: options.timeoutMs,
        idleTimeoutMs: ((Number(query.timeoutSeconds) || 300) + 30) * 1000,
        open: async () => {
          const opts = await requestOptions(
            'GET',
            buildPath(path, { ...query, watch: 'true' }),
            {},
          );
          return (secure ? https : http).request(opts);
        },
        onEvent,
        onOpen,
      }),
    close() {
      agent?.destroy();
    },
  };
}
