import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { ApiError, isApiError } from '../api/ApiError';
import { ApiService } from '../api/ApiService';
import { internalError, pathNotFound } from '../api/statusErrors';
import {
  apiGroupList,
  apiGroupOf,
  apiResourceList,
  apiVersions,
  SERVER_VERSION,
} from './discovery';
import { FaultInjector } from './FaultInjector';
import { ApiResponse, handleResourceRequest } from './handleResourceRequest';
import { parseRoute, Route } from './parseRoute';
import { readBody, sendJson } from './httpBodies';
import { RequestLog, RequestLogEntry, requestVerb } from './RequestLog';
import { booleanParam, integerParam } from './requestOptions';
import { serveWatch, WatchTiming } from './serveWatch';

/**
 * What the HTTP server serves and how.
 *
 * @public
 */
export interface EmulatorServerOptions {
  api: ApiService;
  faults: FaultInjector;
  log: RequestLog;
  watchTiming: WatchTiming;
}

/**
 * The emulator's HTTP front: plain `node:http` on loopback speaking the
 * Kubernetes REST API (discovery, health, resources, watches), with
 * injected latency and faults, and a log of every request.
 *
 * @public
 */
export class EmulatorServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly watches = new Set<() => void>();
  private address = '';

  constructor(private readonly options: EmulatorServerOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(error => this.fail(res, error));
    });
    this.server.on('connection', socket => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts listening; resolves to the bound port. */
  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const bound = (this.server.address() as AddressInfo).port;
        this.address = `${host}:${bound}`;
        resolve(bound);
      });
    });
  }

  /** Ends watches, drops connections and stops listening. */
  close(): Promise<void> {
    for (const stop of [...this.watches]) stop();
    for (const socket of this.sockets) socket.destroy();
    return new Promise(resolve => this.server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = req.method ?? 'GET';
    const route = parseRoute(this.options.api.registry, url.pathname);
    const watch =
      route.kind === 'resource' &&
      method === 'GET' &&
      (route.legacyWatch || booleanParam(url.searchParams, 'watch'));
    const entry = this.options.log.record({
      method,
      path: url.pathname,
      query: url.search.slice(1),
      verb: requestVerb(route, method, watch),
      ...(route.kind === 'resource'
        ? { resource: `${route.type.group}/${route.type.resource}` }
        : {}),
    });
    const { latencyMs, timeoutMs } = this.options.faults.current;
    const fault = watch ? undefined : this.options.faults.pick();
    if (latencyMs > 0)
      await new Promise(resolve => setTimeout(resolve, latencyMs));
    if (fault) {
      entry.fault = fault;
      this.injectFault(fault, req, res, timeoutMs, entry);
      return;
    }
    const body = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)
      ? await readBody(req)
      : '';
    try {
      if (route.kind === 'health') {
        entry.status = 200;
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('ok');
        return;
      }
      if (watch && route.kind === 'resource') {
        this.watch(route, url.searchParams, res);
        entry.status = 200;
        return;
      }
      const response = this.respond(route, method, url.searchParams, req, body);
      entry.status = response.status;
      sendJson(res, response);
    } catch (error) {
      entry.status = isApiError(error) ? error.code : 500;
      throw error;
    }
  }

  private respond(
    route: Route,
    method: string,
    query: URLSearchParams,
    req: IncomingMessage,
    body: string,
  ): ApiResponse {
    const { registry } = this.options.api;
    const ok = (value: unknown) => ({ status: 200, body: value });
    const orNotFound = (value: unknown) => {
      if (value === undefined) throw pathNotFound();
      return ok(value);
    };
    switch (route.kind) {
      case 'apiVersions':
        return ok(apiVersions(this.address));
      case 'groupList':
        return ok(apiGroupList(registry.types));
      case 'group':
        return orNotFound(apiGroupOf(registry.types, route.group));
      case 'resourceList':
        return orNotFound(
          apiResourceList(registry.types, route.group, route.version),
        );
      case 'version':
        return ok(SERVER_VERSION);
      case 'resource':
        return handleResourceRequest(this.options.api, {
          method,
          type: route.type,
          namespace: route.namespace,
          name: route.name,
          subresource: route.subresource,
          query,
          contentType: req.headers['content-type'],
          userAgent: req.headers['user-agent'],
          body,
        });
      default:
        throw pathNotFound();
    }
  }

  private watch(
    route: Extract<Route, { kind: 'resource' }>,
    query: URLSearchParams,
    res: ServerResponse,
  ): void {
    const names = route.name ? [`metadata.name=${route.name}`] : [];
    const fieldSelector = [...names, query.get('fieldSelector') ?? '']
      .filter(Boolean)
      .join(',');
    const stop = serveWatch(
      this.options.api.store,
      route.type,
      route.namespace,
      {
        resourceVersion: query.get('resourceVersion') ?? undefined,
        labelSelector: query.get('labelSelector') ?? undefined,
        fieldSelector: fieldSelector || undefined,
        allowWatchBookmarks: booleanParam(query, 'allowWatchBookmarks'),
        timeoutSeconds: integerParam(query, 'timeoutSeconds'),
      },
      res,
      this.options.watchTiming,
    );
    this.watches.add(stop);
    res.on('close', () => this.watches.delete(stop));
  }

  private injectFault(
    fault: string,
    req: IncomingMessage,
    res: ServerResponse,
    timeoutMs: number,
    entry: RequestLogEntry,
  ): void {
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'timeout') {
      const timer = setTimeout(() => req.socket.destroy(), timeoutMs);
      req.socket.on('close', () => clearTimeout(timer));
      return;
    }
    entry.status = 500;
    this.fail(res, internalError('injected fault'));
  }

  private fail(res: ServerResponse, error: unknown): void {
    const apiError: ApiError = isApiError(error)
      ? error
      : internalError((error as Error)?.message ?? String(error));
    if (res.headersSent) {
      res.end();
      return;
    }
    sendJson(res, { status: apiError.code, body: apiError.status });
  }
}
