import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { registerMswTestHooks, mockApis } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { KarmadaClient } from './KarmadaClient';

const baseUrl = 'http://backend.test/api/karmada';
const server = setupServer();
registerMswTestHooks(server);

function client() {
  return new KarmadaClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backend.test' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
}

/** Records the requests the handler sees and answers with `body`. */
function capture(
  method: 'get' | 'post',
  path: string,
  body: Record<string, unknown>,
) {
  const seen: Array<{ url: URL; body?: unknown }> = [];
  server.use(
    http[method](`${baseUrl}${path}`, async ({ request }) => {
      seen.push({
        url: new URL(request.url),
        body: method === 'post' ? await request.json() : undefined,
      });
      return HttpResponse.json(body);
    }),
  );
  return seen;
}

describe('KarmadaClient', () => {
  it('lists instances and health', async () => {
    capture('get', '/instances', { items: [] });
    capture('get', '/health', { status: 'ok', instances: [] });
    await expect(client().listInstances()).resolves.toEqual({ items: [] });
    await expect(client().getHealth()).resolves.toEqual({
      status: 'ok',
      instances: [],
    });
  });

  it('lists clusters with the replica size as query parameters', async () => {
    const seen = capture('get', '/clusters', {
      instance: 'local',
      items: [],
    });
    await client().listClusters('local', { cpu: '250m', memory: '' });
    await client().listClusters('local');
    expect(seen[0].url.pathname).toBe('/api/karmada/clusters');
    expect(Object.fromEntries(seen[0].url.searchParams)).toEqual({
      instance: 'local',
      cpu: '250m',
    });
    // Empty values mean "no filter" and are not sent.
    expect(seen[0].url.searchParams.has('memory')).toBe(false);
    expect(seen[1].url.search).toBe('?instance=local');
  });

  it('gets the facets of an instance', async () => {
    const seen = capture('get', '/facets', {});
    await client().getFleetFacets('a b');
    expect(seen[0].url.searchParams.get('instance')).toBe('a b');
  });

  it('lists namespaces of an instance', async () => {
    const seen = capture('get', '/namespaces', {
      instance: 'local',
      items: [{ name: 'team-a' }],
      guardrail: { allow: [], deny: [], description: 'any' },
    });
    const res = await client().listNamespaces('local');
    expect(res.items).toEqual([{ name: 'team-a' }]);
    expect(seen[0].url.searchParams.get('instance')).toBe('local');
  });

  it('lists workloads with filters and for an entity', async () => {
    const seen = capture('get', '/workloads', { items: [], errors: [] });
    await client().listWorkloads({ namespace: 'team-a', health: 'Degraded' });
    await client().listEntityWorkloads({
      kubernetesId: 'shop',
      instance: 'local',
    });
    expect(Object.fromEntries(seen[0].url.searchParams)).toEqual({
      namespace: 'team-a',
      health: 'Degraded',
    });
    expect(Object.fromEntries(seen[1].url.searchParams)).toEqual({
      entity: 'shop',
      instance: 'local',
    });
  });

  it('gets the placement of one workload', async () => {
    const seen = capture(
      'get',
      '/workloads/:instance/:namespace/:name/placement',
      { name: 'web' },
    );
    await client().getWorkloadPlacement({
      instance: 'local',
      namespace: 'team-a',
      name: 'web/x',
    });
    // Path segments are escaped.
    expect(seen[0].url.pathname).toBe(
      '/api/karmada/workloads/local/team-a/web%2Fx/placement',
    );
  });

  it.each([
    ['previewPlacement', '/preview', { instance: 'local', replicas: 3 }],
    ['renderWorkload', '/render', { spec: { name: 'web' } }],
    ['applyWorkload', '/apply', { spec: { name: 'web' }, dryRun: true }],
    [
      'resumeWorkload',
      '/workloads/resume',
      { namespace: 'team-a', name: 'web' },
    ],
    [
      'removeWorkload',
      '/workloads/remove',
      { namespace: 'team-a', name: 'web' },
    ],
  ] as const)('%s posts JSON to %s', async (method, path, body) => {
    const seen = capture('post', path, { ok: true });
    const res = await (client()[method] as (b: unknown) => Promise<unknown>)(
      body,
    );
    expect(res).toEqual({ ok: true });
    expect(seen[0].body).toEqual(body);
  });

  it('throws a ResponseError with the backend message', async () => {
    server.use(
      http.post(`${baseUrl}/preview`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'Replicas (replicas): must be 0 or more',
            },
            request: { method: 'POST', url: '/api/karmada/preview' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client()
      .previewPlacement({ replicas: -1 })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe(
      'Replicas (replicas): must be 0 or more',
    );
  });

  it('passes the abort signal on', async () => {
    server.use(
      http.post(`${baseUrl}/preview`, async () => {
        await new Promise(r => setTimeout(r, 200));
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client().previewPlacement(
      {},
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });
});
