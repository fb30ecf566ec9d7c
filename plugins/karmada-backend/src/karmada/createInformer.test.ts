import http from 'node:http';
import { AddressInfo } from 'node:net';
import { mockServices } from '@backstage/backend-test-utils';
import { createInformer } from './createInformer';
import { createInstanceCache } from './createInstanceCache';
import { createKubeConfig } from './createKubeConfig';
import { createTransport } from './createTransport';
import { KINDS } from './resources';

type Handler = (url: URL, res: http.ServerResponse) => void;

async function serve(script: Handler[]) {
  const seen: string[] = [];
  let i = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(
      `${url.searchParams.get('watch') ? 'watch' : 'list'}@${
        url.searchParams.get('resourceVersion') ?? ''
      }`,
    );
    const step = script[Math.min(i++, script.length - 1)];
    step(url, res);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const cluster = (name: string, rv: string) => ({
  apiVersion: 'cluster.karmada.io/v1alpha1',
  kind: 'Cluster',
  metadata: { name, resourceVersion: rv },
});
const json = (res: http.ServerResponse, body: unknown, code = 200) => {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const events = (res: http.ServerResponse, list: unknown[], end = true) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  for (const e of list) res.write(`${JSON.stringify(e)}\n`);
  if (end) res.end();
};

async function until(cond: () => boolean, ms = 5000) {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 10));
  }
}

function transportFor(url: string) {
  const kc = createKubeConfig({
    name: 't',
    title: 't',
    url,
    auth: { type: 'none' },
    skipTLSVerify: false,
    namespaces: { allow: [], deny: [] },
    timeoutMs: 1000,
    isDefault: true,
  });
  return createTransport(kc, { timeoutMs: 1000 });
}

describe('createInformer', () => {
  it('lists, watches, resumes from the last resourceVersion, and relists on 410 Gone', async () => {
    const held: http.ServerResponse[] = [];
    const srv = await serve([
      (_u, res) =>
        json(res, {
          items: [cluster('a', '1')],
          metadata: { resourceVersion: '10' },
        }),
      (_u, res) => events(res, [{ type: 'ADDED', object: cluster('b', '11') }]),
      (_u, res) =>
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
        ]),
      (_u, res) =>
        json(res, {
          items: [
            cluster('b', '11'),
            { metadata: { name: 'c', resourceVersion: '12' } },
          ],
          metadata: { resourceVersion: '12' },
        }),
      (_u, res) => {
        events(
          res,
          [
            {
              type: 'BOOKMARK',
              object: { metadata: { resourceVersion: '13' } },
            },
          ],
          false,
        );
        held.push(res);
      },
    ]);
    const transport = transportFor(srv.url);
    const informer = createInformer<any>({
      transport,
      kind: KINDS.Cluster,
      logger: mockServices.logger.mock(),
      backoff: { initialMs: 10, maxMs: 20 },
    });
    const changes: string[] = [];
    informer.subscribe(evs =>
      evs.forEach(e => changes.push(`${e.type}:${e.object.metadata.name}`)),
    );
    informer.start();
    try {
      await until(
        () =>
          srv.seen.length >= 5 && informer.status().resourceVersion === '13',
      );
      expect(srv.seen.slice(0, 5)).toEqual([
        'list@',
        'watch@10',
        'watch@11',
        'list@',
        'watch@12',
      ]);
      expect([...informer.list()].map(c => c.metadata.name).sort()).toEqual([
        'b',
        'c',
      ]);
      // List items without kind get it from the informer.
      expect(informer.get(undefined, 'c')).toMatchObject({
        kind: 'Cluster',
        apiVersion: 'cluster.karmada.io/v1alpha1',
      });
      expect(changes).toEqual(['upsert:a', 'upsert:b', 'delete:a', 'upsert:c']);
      expect(informer.status()).toMatchObject({
        synced: true,
        error: undefined,
      });
    } finally {
      informer.stop();
      held.forEach(r => r.end());
      transport.close();
      await srv.close();
    }
  });

  it('backs off and reports the error while the server fails, then recovers', async () => {
    const srv = await serve([
      (_u, res) =>
        json(
          res,
          { kind: 'Status', code: 500, message: 'etcd unavailable' },
          500,
        ),
      (_u, res) =>
        json(
          res,
          { kind: 'Status', code: 500, message: 'etcd unavailable' },
          500,
        ),
      (_u, res) =>
        json(res, {
          items: [cluster('a', '1')],
          metadata: { resourceVersion: '5' },
        }),
      (_u, res) => events(res, [], false),
    ]);
    const transport = transportFor(srv.url);
    const informer = createInformer<any>({
      transport,
      kind: KINDS.Cluster,
      logger: mockServices.logger.mock(),
      backoff: { initialMs: 20, maxMs: 40 },
    });
    informer.start();
    try {
      await until(() => !!informer.status().error);
      expect(informer.status()).toMatchObject({
        synced: false,
        error: expect.objectContaining({ message: 'etcd unavailable' }),
      });
      expect(await informer.waitForSync(5000)).toBe(true);
      await until(() => !informer.status().error);
      expect(informer.size()).toBe(1);
    } finally {
      informer.stop();
      transport.close();
      await srv.close();
    }
  });

  it('keeps a write-through object until the watch brings a newer one', async () => {
    const srv = await serve([
      (_u, res) =>
        json(res, {
          items: [cluster('a', '5')],
          metadata: { resourceVersion: '5' },
        }),
      (_u, res) => events(res, [], false),
    ]);
    const transport = transportFor(srv.url);
    const informer = createInformer<any>({
      transport,
      kind: KINDS.Cluster,
      logger: mockServices.logger.mock(),
    });
    informer.start();
    try {
      await informer.waitForSync(5000);
      informer.observe(cluster('a', '7'));
      informer.observe(cluster('a', '6'));
      expect(informer.get(undefined, 'a').metadata.resourceVersion).toBe('7');
      informer.forget(undefined, 'a');
      expect(informer.size()).toBe(0);
    } finally {
      informer.stop();
      transport.close();
      await srv.close();
    }
  });

  it('logs an unreachable instance once, not once per kind and retry', async () => {
    // A port nothing listens on: every list of every kind fails.
    const srv = await serve([]);
    await srv.close();
    const transport = transportFor(srv.url);
    const logger = mockServices.logger.mock();
    const cache = createInstanceCache({
      name: 'local',
      transport,
      logger,
      backoff: { initialMs: 5, maxMs: 10 },
    });
    cache.start();
    try {
      // Every kind has retried at least twice.
      await until(() => (logger.debug as jest.Mock).mock.calls.length >= 24);
      expect((logger.warn as jest.Mock).mock.calls).toEqual([
        [
          expect.stringMatching(
            /^karmada instance "local" at http:\/\/127\.0\.0\.1:\d+ is unreachable: /,
          ),
        ],
      ]);
    } finally {
      cache.stop();
      transport.close();
    }
  });
});
