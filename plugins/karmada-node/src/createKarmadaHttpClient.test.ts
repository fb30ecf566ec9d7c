import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createKarmadaHttpClient } from './createKarmadaHttpClient';

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('createKarmadaHttpClient', () => {
  const discovery = mockServices.discovery();
  const auth = mockServices.auth();

  it('calls the backend on behalf of the caller', async () => {
    const { fn, calls } = fakeFetch(200, {
      instance: 'local',
      namespace: 'a',
      name: 'web',
      dryRun: true,
      objects: [],
    });
    const client = createKarmadaHttpClient({ discovery, auth, fetch: fn });
    const res = await client.applyWorkload(
      { spec: { name: 'web' }, dryRun: true },
      { credentials: mockCredentials.user('user:default/jane') },
    );
    expect(res.objects).toEqual([]);
    expect(calls[0].url).toMatch(/\/api\/karmada\/apply$/);
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({
      spec: { name: 'web' },
      dryRun: true,
    });
    const authz = (calls[0].init.headers as Record<string, string>)
      .authorization;
    expect(authz).toMatch(/^Bearer /);
    // The token is a plugin request token for the karmada plugin, on Jane's behalf.
    expect(authz).toContain('user:default/jane');
    expect(authz).toContain('karmada');
  });

  it('builds query strings and paths', async () => {
    const { fn, calls } = fakeFetch(200, { items: [], errors: [] });
    const client = createKarmadaHttpClient({ discovery, auth, fetch: fn });
    await client.listWorkloads(
      { entity: 'web', namespace: 'team a' },
      { credentials: mockCredentials.user() },
    );
    await client.getWorkloadPlacement(
      { instance: 'local', namespace: 'a', name: 'w/x' },
      { credentials: mockCredentials.user() },
    );
    expect(calls[0].url).toMatch(/\/workloads\?entity=web&namespace=team\+a$/);
    expect(calls[1].url).toMatch(/\/workloads\/local\/a\/w%2Fx\/placement$/);
  });

  it('throws a ResponseError carrying the backend error', async () => {
    const { fn } = fakeFetch(409, {
      error: { name: 'ConflictError', message: 'conflict with "helm"' },
      response: { statusCode: 409 },
    });
    const client = createKarmadaHttpClient({ discovery, auth, fetch: fn });
    await expect(
      client.applyWorkload(
        { spec: {} },
        { credentials: mockCredentials.user() },
      ),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 409,
      body: { error: { name: 'ConflictError' } },
    });
  });
});
