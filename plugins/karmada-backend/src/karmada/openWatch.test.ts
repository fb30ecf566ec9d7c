import http from 'node:http';
import { AddressInfo } from 'node:net';
import { HttpMethod, RequestContext } from '@kubernetes/client-node';
import { KarmadaConnectionError } from './errors';
import { openWatch } from './openWatch';

describe('openWatch', () => {
  it('ends a stream that went silent, so the cache resumes instead of waiting forever', async () => {
    let closed = false;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(
        '{"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"5"}}}\n',
      );
      res.on('close', () => (closed = true));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const events: string[] = [];
    try {
      const handle = openWatch({
        path: '/x',
        connectTimeoutMs: 1000,
        idleTimeoutMs: 100,
        prepare: async () =>
          new RequestContext(
            `http://127.0.0.1:${port}/x?watch=true`,
            HttpMethod.GET,
          ),
        onEvent: e => void events.push(e.type),
      });
      const error = await handle.done.catch(e => e);
      expect(error).toBeInstanceOf(KarmadaConnectionError);
      expect(error).toMatchObject({
        code: 'ETIMEDOUT',
        ambiguous: false,
        message: 'watch /x: stream went silent',
      });
      expect(events).toEqual(['BOOKMARK']);
      await new Promise(r => setTimeout(r, 50));
      expect(closed).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise(r => server.close(r));
    }
  });

  it('keeps a credentials failure as it is and does not send', async () => {
    const boom = new Error('exec plugin failed');
    const handle = openWatch({
      path: '/x',
      connectTimeoutMs: 1000,
      idleTimeoutMs: 1000,
      prepare: () => Promise.reject(boom),
      onEvent: () => {},
    });
    await expect(handle.done).rejects.toBe(boom);
  });
});
