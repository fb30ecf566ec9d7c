import { STATUS_CODES } from 'node:http';
import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import {
  KarmadaConnectionError,
  KubernetesStatus,
  KubernetesStatusError,
} from './errors';
import { KarmadaRequest, KarmadaResponse, KarmadaTransport } from './types';
import { openWatch } from './openWatch';
import { createKeepAliveAgents } from './createKeepAliveAgents';
import { toConnectionError } from './toConnectionError';

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
    message: text.slice(0, 500) || STATUS_CODES[statusCode],
  };
}

/**
 * The HTTP transport of one instance, on @kubernetes/client-node's HTTP
 * layer: a `RequestContext` per request, credentials and TLS material from
 * the instance's `KubeConfig` (`applySecurityAuthentication`), sent by
 * `IsomorphicFetchHttpLibrary` (watches: the same context, body streamed)
 * on a keep-alive agent, with a timeout on every request. Errors are raw
 * ({@link KubernetesStatusError}, {@link KarmadaConnectionError}); callers
 * map them with `toBackstageError`.
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
  const server = `${base.protocol}//${base.host}${base.pathname.replace(
    /\/+$/,
    '',
  )}`;
  const library = new IsomorphicFetchHttpLibrary();
  const agents = createKeepAliveAgents();

  async function prepare(
    method: KarmadaRequest['method'],
    path: string,
    query: Query,
  ): Promise<RequestContext> {
    const context = new RequestContext(
      server + buildPath(path, query),
      HttpMethod[method],
    );
    // Credentials can rotate (token files, exec plugins): ask every time.
    await kc.applySecurityAuthentication(context);
    // It set a fresh agent with this request's TLS options; send on the
    // pooled keep-alive agent built from the same options instead.
    const issued = context.getAgent();
    if (issued) context.setAgent(agents.reuse(issued));
    context.setHeaderParam('accept', 'application/json');
    return context;
  }

  async function request<T>(req: KarmadaRequest): Promise<KarmadaResponse<T>> {
    const where = { method: req.method, path: req.path };
    const label = `${req.method} ${req.path}`;
    const context = await prepare(req.method, req.path, req.query);
    if (req.body !== undefined) {
      context.setHeaderParam(
        'content-type',
        req.contentType ?? 'application/json',
      );
      context.setBody(JSON.stringify(req.body));
    }
    const timeoutMs = req.timeoutMs ?? options.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    context.setSignal(controller.signal);
    let status: number;
    let text: string;
    try {
      const res = await library.send(context).toPromise();
      status = res.httpStatusCode;
      text = await res.body.text();
    } catch (e) {
      // Which stage the request reached is not visible through fetch: a
      // timeout may hide a write that landed, so it is ambiguous.
      if (controller.signal.aborted)
        throw new KarmadaConnectionError(
          `${label}: no answer within ${timeoutMs} ms`,
          'ETIMEDOUT',
          where,
          true,
        );
      throw toConnectionError(e, where, label, true);
    } finally {
      clearTimeout(timer);
    }
    if (status < 200 || status >= 300)
      throw new KubernetesStatusError(status, parseStatus(text, status), where);
    try {
      return { status, body: (text ? JSON.parse(text) : undefined) as T };
    } catch {
      throw new KarmadaConnectionError(
        `${label}: the API server sent a body that is not JSON`,
        'EBADBODY',
        where,
        true,
      );
    }
  }

  return {
    server,
    request,
    watch: (path, query, onEvent, onOpen) =>
      openWatch({
        path,
        connectTimeoutMs: options.timeoutMs,
        idleTimeoutMs: ((Number(query.timeoutSeconds) || 300) + 30) * 1000,
        prepare: () => prepare('GET', path, { ...query, watch: 'true' }),
        onEvent,
        onOpen,
      }),
    close() {
      agents.destroy();
    },
  };
}
