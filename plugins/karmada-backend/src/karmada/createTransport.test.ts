import http from 'node:http';
import https from 'node:https';
import { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { createKubeConfig } from './createKubeConfig';
import { createTransport } from './createTransport';
import { KarmadaConnectionError, KubernetesStatusError } from './errors';
import { ApiObject, KarmadaTransport, WatchEvent } from './types';
import * as tls from './__testUtils__/tls';

type Seen = {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  clientCN?: string;
};
type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  seen: Seen,
) => void;

const TOKEN = 'transport-test-token';

// A server that records requests and counts connections (keep-alive).
async function serve(
  handler: Handler,
  secure?: https.ServerOptions,
): Promise<{
  url: string;
  seen: Seen[];
  connections: () => number;
  close: () => Promise<void>;
}> {
  const seen: Seen[] = [];
  let connections = 0;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const peer = (
        req.socket as { getPeerCertificate?: () => any }
      ).getPeerCertificate?.();
      const s: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        clientCN: peer?.subject?.CN,
      };
      seen.push(s);
      handler(req, res, s);
    });
  };
  const server = secure
    ? https.createServer(secure, listener)
    : http.createServer(listener);
  server.on(secure ? 'secureConnection' : 'connection', () => connections++);
  // A TLS handshake the client rejects is not a test failure.
  server.on('tlsClientError', () => {});
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${secure ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    connections: () => connections,
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const json = (res: http.ServerResponse, body: unknown, code = 200) => {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

function transportFor(url: string, timeoutMs = 1000) {
  const kc = createKubeConfig({
    name: 't',
    title: 't',
    url,
    auth: { type: 'bearerToken', token: TOKEN },
    skipTLSVerify: false,
    namespaces: { allow: [], deny: [] },
    timeoutMs,
    isDefault: true,
  });
  return createTransport(kc, { timeoutMs });
}

const b64 = (pem: string) => Buffer.from(pem).toString('base64');

function tlsTransportFor(
  url: string,
  cluster: { caData?: string; tlsServerName?: string; skipTLSVerify?: boolean },
) {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: url, ...cluster }],
    users: [
      {
        name: 'u',
        token: TOKEN,
        certData: b64(tls.clientCert),
        keyData: b64(tls.clientKey),
      },
    ],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return createTransport(kc, { timeoutMs: 2000 });
}

async function failure(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('createTransport', () => {
  let transport: KarmadaTransport | undefined;
  let srv: Awaited<ReturnType<typeof serve>> | undefined;
  afterEach(async () => {
    transport?.close();
    await srv?.close();
    transport = undefined;
    srv = undefined;
  });

  it('sends credentials, content types, bodies and query parameters on one keep-alive connection', async () => {
    srv = await serve((req, res, s) => {
      if (req.method === 'DELETE') {
        res.writeHead(200);
        res.end();
      } else json(res, { echo: s.url }, req.method === 'POST' ? 201 : 200);
    });
    transport = transportFor(`${srv.url}/prefix/`);
    expect(transport.server).toBe(`${srv.url}/prefix`);

    const listed = await transport.request({
      method: 'GET',
      path: '/apis/apps/v1/deployments',
      query: { labelSelector: 'a=b,c in (d)', limit: 500, continue: 'tok' },
    });
    const applied = await transport.request({
      method: 'PATCH',
      path: '/apis/apps/v1/namespaces/a/deployments/web',
      contentType: 'application/apply-patch+yaml',
      query: {
        fieldManager: 'backstage-karmada',
        force: 'true',
        dryRun: 'All',
        fieldValidation: 'Strict',
        unset: undefined,
      },
      body: { kind: 'Deployment', metadata: { name: 'web' } },
    });
    await transport.request({
      method: 'PATCH',
      path: '/api/v1/namespaces/a',
      contentType: 'application/merge-patch+json',
      body: { metadata: { labels: { x: 'y' } } },
    });
    const created = await transport.request({
      method: 'POST',
      path: '/api/v1/namespaces',
      body: { metadata: { name: 'n' } },
    });
    const deleted = await transport.request({
      method: 'DELETE',
      path: '/api/v1/namespaces/n',
      query: { dryRun: 'All' },
    });

    expect(listed).toEqual({
      status: 200,
      body: {
        echo: '/prefix/apis/apps/v1/deployments?labelSelector=a%3Db%2Cc+in+%28d%29&limit=500&continue=tok',
      },
    });
    expect(applied.body).toEqual({
      echo: '/prefix/apis/apps/v1/namespaces/a/deployments/web?fieldManager=backstage-karmada&force=true&dryRun=All&fieldValidation=Strict',
    });
    expect(created.status).toBe(201);
    expect(deleted).toEqual({ status: 200, body: undefined });
    expect(
      srv.seen.map(s => [s.method, s.headers['content-type'], s.body]),
    ).toEqual([
      ['GET', undefined, ''],
      [
        'PATCH',
        'application/apply-patch+yaml',
        '{"kind":"Deployment","metadata":{"name":"web"}}',
      ],
      [
        'PATCH',
        'application/merge-patch+json',
        '{"metadata":{"labels":{"x":"y"}}}',
      ],
      ['POST', 'application/json', '{"metadata":{"name":"n"}}'],
      ['DELETE', undefined, ''],
    ]);
    expect(srv.seen[4].url).toBe('/prefix/api/v1/namespaces/n?dryRun=All');
    for (const s of srv.seen) {
      expect(s.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(s.headers.accept).toBe('application/json');
    }
    // Five requests, one connection: the agent is keep-alive and reused.
    expect(srv.connections()).toBe(1);
  });

  it('keeps the Kubernetes Status of a failure, or the text of a body that is not one', async () => {
    const invalid = {
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message: 'Deployment.apps "web" is invalid: spec.replicas: Invalid value',
      reason: 'Invalid',
      code: 422,
      details: {
        name: 'web',
        kind: 'Deployment',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message: 'Invalid value: -1',
            field: 'spec.replicas',
          },
        ],
      },
    };
    srv = await serve((req, res) => {
      if (req.url?.endsWith('/invalid')) json(res, invalid, 422);
      else if (req.url?.endsWith('/proxy')) {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>bad gateway</html>');
      } else {
        res.writeHead(503);
        res.end();
      }
    });
    transport = transportFor(srv.url);
    const e = await failure(
      transport.request({ method: 'PATCH', path: '/x/invalid', body: {} }),
    );
    expect(e).toBeInstanceOf(KubernetesStatusError);
    expect(e).toMatchObject({
      statusCode: 422,
      status: invalid,
      request: { method: 'PATCH', path: '/x/invalid' },
      message: invalid.message,
    });
    expect(
      await failure(transport.request({ method: 'GET', path: '/x/proxy' })),
    ).toMatchObject({
      statusCode: 502,
      status: {
        status: 'Failure',
        code: 502,
        message: '<html>bad gateway</html>',
      },
    });
    expect(
      await failure(transport.request({ method: 'GET', path: '/x/empty' })),
    ).toMatchObject({
      statusCode: 503,
      status: { code: 503, message: 'Service Unavailable' },
    });
  });

  it('a success whose body is not JSON is an ambiguous connection error', async () => {
    srv = await serve((_req, res) => {
      res.writeHead(200);
      res.end('<html>');
    });
    transport = transportFor(srv.url);
    const e = await failure(
      transport.request({ method: 'PATCH', path: '/x', body: {} }),
    );
    expect(e).toBeInstanceOf(KarmadaConnectionError);
    expect(e).toMatchObject({
      code: 'EBADBODY',
      ambiguous: true,
      message: 'PATCH /x: the API server sent a body that is not JSON',
      request: { method: 'PATCH', path: '/x' },
    });
  });

  it('times out a request that gets no answer (ambiguous: it was sent) and closes its connection', async () => {
    const closed: string[] = [];
    srv = await serve((req, res) => {
      if (req.url === '/slow-body') {
        res.writeHead(200);
        res.write('{"partial":');
      }
      res.on('close', () => closed.push(req.url ?? ''));
    });
    transport = transportFor(srv.url, 100);
    const e = await failure(
      transport.request({ method: 'PATCH', path: '/x', body: {} }),
    );
    expect(e).toBeInstanceOf(KarmadaConnectionError);
    expect(e).toMatchObject({
      code: 'ETIMEDOUT',
      ambiguous: true,
      message: 'PATCH /x: no answer within 100 ms',
      request: { method: 'PATCH', path: '/x' },
    });
    // The request's own timeout wins; a body that stops half-way times out too.
    expect(
      await failure(
        transport.request({ method: 'GET', path: '/slow-body', timeoutMs: 50 }),
      ),
    ).toMatchObject({
      code: 'ETIMEDOUT',
      message: 'GET /slow-body: no answer within 50 ms',
    });
    await new Promise(r => setTimeout(r, 50));
    expect(closed.sort()).toEqual(['/slow-body', '/x']);
  });

  it('a refused connection did not reach the server; a reset after sending may have', async () => {
    srv = await serve(req => req.socket.destroy());
    transport = transportFor(srv.url);
    const reset = await failure(
      transport.request({ method: 'PATCH', path: '/x', body: {} }),
    );
    expect(reset).toBeInstanceOf(KarmadaConnectionError);
    expect(reset).toMatchObject({
      code: 'ECONNRESET',
      ambiguous: true,
      message: 'PATCH /x: socket hang up',
    });
    const { url } = srv;
    await srv.close();
    srv = undefined;
    const refused = await failure(
      transport.request({ method: 'GET', path: '/y' }),
    );
    expect(refused).toBeInstanceOf(KarmadaConnectionError);
    expect(refused).toMatchObject({
      code: 'ECONNREFUSED',
      ambiguous: false,
      request: { method: 'GET', path: '/y' },
    });
    expect(refused.message).toBe(
      `GET /y: connect ECONNREFUSED ${new URL(url).host}`,
    );
  });

  describe('over TLS', () => {
    const mutualTls = {
      key: tls.serverKey,
      cert: tls.serverCert,
      ca: tls.ca,
      requestCert: true,
      rejectUnauthorized: true,
    };

    it('verifies the server with the CA and tlsServerName, presents the client certificate, and keeps the connection alive', async () => {
      srv = await serve(
        (_req, res, s) => json(res, { cn: s.clientCN }),
        mutualTls,
      );
      transport = tlsTransportFor(srv.url, {
        caData: b64(tls.ca),
        tlsServerName: 'karmada.test',
      });
      for (let i = 0; i < 3; i++) {
        expect(
          await transport.request({ method: 'GET', path: `/x/${i}` }),
        ).toEqual({ status: 200, body: { cn: 'backstage' } });
      }
      expect(srv.seen.map(s => s.headers.authorization)).toEqual(
        Array(3).fill(`Bearer ${TOKEN}`),
      );
      // One TLS handshake for three requests.
      expect(srv.connections()).toBe(1);
    });

    it('refuses a server the CA does not vouch for or whose name does not match (not sent)', async () => {
      srv = await serve((_req, res) => json(res, {}), mutualTls);
      transport = tlsTransportFor(srv.url, { tlsServerName: 'karmada.test' });
      expect(
        await failure(transport.request({ method: 'GET', path: '/x' })),
      ).toMatchObject({
        name: 'KarmadaConnectionError',
        // The server sends its chain, ending in a CA nobody told us to trust.
        code: 'SELF_SIGNED_CERT_IN_CHAIN',
        ambiguous: false,
      });
      transport.close();
      transport = tlsTransportFor(srv.url, { caData: b64(tls.ca) });
      expect(
        await failure(transport.request({ method: 'GET', path: '/x' })),
      ).toMatchObject({
        name: 'KarmadaConnectionError',
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        ambiguous: false,
      });
      expect(srv.seen).toEqual([]);
    });

    it('skips verification only when told to (skipTLSVerify)', async () => {
      srv = await serve(
        (_req, res, s) => json(res, { cn: s.clientCN }),
        mutualTls,
      );
      transport = tlsTransportFor(srv.url, { skipTLSVerify: true });
      expect(await transport.request({ method: 'GET', path: '/x' })).toEqual({
        status: 200,
        body: { cn: 'backstage' },
      });
    });
  });

  describe('watch', () => {
    const events = (res: http.ServerResponse, list: unknown[]) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.flushHeaders();
      for (const e of list) res.write(`${JSON.stringify(e)}\n`);
    };
    const collect = () => {
      const got: WatchEvent[] = [];
      return { got, onEvent: (e: WatchEvent) => void got.push(e) };
    };

    it('sends the watch query with credentials, hands over events and bookmarks, and resolves when the server ends the stream', async () => {
      srv = await serve((_req, res) => {
        events(res, [
          {
            type: 'ADDED',
            object: { metadata: { name: 'a', resourceVersion: '11' } },
          },
          { type: 'BOOKMARK', object: { metadata: { resourceVersion: '12' } } },
        ]);
        res.write('\n{"type":"MODIFIED","object":{"metadata":{"name":"a",');
        res.end('"resourceVersion":"13"}}}\n');
      });
      transport = transportFor(srv.url);
      const { got, onEvent } = collect();
      const onOpen = jest.fn();
      await transport.watch(
        '/apis/cluster.karmada.io/v1alpha1/clusters',
        {
          labelSelector: 'env=prod',
          resourceVersion: '10',
          allowWatchBookmarks: true,
          timeoutSeconds: 240,
        },
        onEvent,
        onOpen,
      ).done;
      expect(srv.seen[0].url).toBe(
        '/apis/cluster.karmada.io/v1alpha1/clusters?labelSelector=env%3Dprod&resourceVersion=10&allowWatchBookmarks=true&timeoutSeconds=240&watch=true',
      );
      expect(srv.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(onOpen).toHaveBeenCalledTimes(1);
      expect(
        got.map(e => [
          e.type,
          (e.object as ApiObject).metadata?.resourceVersion,
        ]),
      ).toEqual([
        ['ADDED', '11'],
        ['BOOKMARK', '12'],
        ['MODIFIED', '13'],
      ]);
    });

    it('ends with what onEvent throws (an ERROR event: 410 Gone) and closes the stream', async () => {
      let closed = false;
      srv = await serve((_req, res) => {
        events(res, [
          {
            type: 'ERROR',
            object: {
              kind: 'Status',
              code: 410,
              reason: 'Expired',
              message: 'too old resource version',
            },
          },
          { type: 'ADDED', object: { metadata: { name: 'late' } } },
        ]);
        res.on('close', () => (closed = true));
      });
      transport = transportFor(srv.url);
      const got: WatchEvent[] = [];
      const gone = new Error('gone');
      const handle = transport.watch('/x', {}, e => {
        got.push(e);
        if (e.type === 'ERROR' && e.object.code === 410) throw gone;
      });
      expect(await failure(handle.done)).toBe(gone);
      // Lines read after the watch ended are not handed over.
      expect(got.map(e => e.type)).toEqual(['ERROR']);
      await new Promise(r => setTimeout(r, 50));
      expect(closed).toBe(true);
    });

    it('rejects a refused watch with its Status', async () => {
      srv = await serve((req, res) => {
        if (req.url?.startsWith('/forbidden'))
          json(
            res,
            {
              kind: 'Status',
              code: 403,
              reason: 'Forbidden',
              message: 'clusters is forbidden',
            },
            403,
          );
        else {
          res.writeHead(502);
          res.end('<html>');
        }
      });
      transport = transportFor(srv.url);
      const onOpen = jest.fn();
      const forbidden = await failure(
        transport.watch('/forbidden', {}, () => {}, onOpen).done,
      );
      expect(forbidden).toBeInstanceOf(KubernetesStatusError);
      expect(forbidden).toMatchObject({
        statusCode: 403,
        status: { reason: 'Forbidden', message: 'clusters is forbidden' },
        request: { method: 'GET', path: '/forbidden' },
        message: 'clusters is forbidden',
      });
      expect(
        await failure(transport.watch('/proxy', {}, () => {}).done),
      ).toMatchObject({ statusCode: 502, status: { message: 'HTTP 502' } });
      expect(onOpen).not.toHaveBeenCalled();
    });

    it('times out a watch that gets no answer, and a refused connection is a connection error', async () => {
      srv = await serve(() => {});
      transport = transportFor(srv.url, 100);
      const timedOut = await failure(transport.watch('/x', {}, () => {}).done);
      expect(timedOut).toBeInstanceOf(KarmadaConnectionError);
      expect(timedOut).toMatchObject({
        code: 'ETIMEDOUT',
        ambiguous: false,
        message: 'watch /x: no answer within 100 ms',
        request: { method: 'GET', path: '/x' },
      });
      await srv.close();
      const refused = await failure(transport.watch('/y', {}, () => {}).done);
      expect(refused).toBeInstanceOf(KarmadaConnectionError);
      expect(refused).toMatchObject({ code: 'ECONNREFUSED', ambiguous: false });
      expect(refused.message).toMatch(/^watch \/y: connect ECONNREFUSED /);
      srv = undefined;
    });

    it('abort resolves at once, before or after the answer, and closes the connection', async () => {
      const closed: string[] = [];
      srv = await serve((req, res) => {
        if (req.url?.startsWith('/open')) events(res, []);
        res.on('close', () => closed.push(req.url?.split('?')[0] ?? ''));
      });
      transport = transportFor(srv.url);
      const waiting = transport.watch('/waiting', {}, () => {});
      const opened = new Promise<void>(resolve => {
        const handle = transport!.watch(
          '/open',
          {},
          () => {},
          () => {
            handle.abort();
            resolve(handle.done);
          },
        );
      });
      await opened;
      await new Promise(r => setTimeout(r, 20));
      waiting.abort();
      await waiting.done;
      await new Promise(r => setTimeout(r, 50));
      expect(closed.sort()).toEqual(['/open', '/waiting']);
    });
  });
});
