import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import {
  baseHandlers,
  created,
  MSW_KARMADA,
  status,
} from '../__fixtures__/handlers';
import { karmadaPlugin } from './plugin';
import { webSpec } from './__testUtils__/fleet';

jest.setTimeout(30_000);

const TOKEN = 'msw-token-that-must-not-leak';
const DEPLOYMENT = `${MSW_KARMADA}/apis/apps/v1/namespaces/team-a/deployments/web`;
const PP = `${MSW_KARMADA}/apis/policy.karmada.io/v1alpha1/namespaces/team-a/propagationpolicies/web`;

describe('Kubernetes error shapes', () => {
  const server = setupServer(...baseHandlers);
  const authorizations = new Set<string>();
  // Requests to the test backend itself pass through; anything else unhandled fails.
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (req, print) => {
        if (new URL(req.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  server.events.on(
    'request:start',
    ({ request: r }) =>
      void authorizations.add(r.headers.get('authorization') ?? ''),
  );

  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const bodies: string[] = [];
  const apply = async (spec = webSpec()) => {
    const res = await request(backend.server)
      .post('/api/karmada/apply')
      .send({ spec });
    bodies.push(res.text);
    return res;
  };

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        karmadaPlugin,
        mockServices.rootConfig.factory({
          data: {
            karmada: {
              instances: [
                {
                  name: 'local',
                  url: MSW_KARMADA,
                  auth: { type: 'bearerToken', token: TOKEN },
                  timeoutMs: 1000,
                },
              ],
            },
          },
        }),
      ],
    });
    for (let i = 0; i < 200; i++) {
      if (
        (await request(backend.server).get('/api/karmada/health')).status ===
        200
      )
        break;
      await new Promise(r => setTimeout(r, 25));
    }
  });
  afterAll(async () => {
    await backend.stop();
  });

  it('sends the bearer token to Karmada', () => {
    expect(authorizations).toContain(`Bearer ${TOKEN}`);
  });

  it('422 Invalid → 400 with the causes and their field paths, naming what was written', async () => {
    server.use(
      http.patch(PP, created('PropagationPolicy')),
      http.patch(DEPLOYMENT, () =>
        status(
          422,
          'Invalid',
          'Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value',
          {
            name: 'web',
            kind: 'Deployment',
            causes: [
              {
                reason: 'FieldValueRequired',
                message: 'Required value',
                field: 'spec.template.spec.containers[0].image',
              },
            ],
          },
        ),
      ),
    );
    const res = await apply();
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        'spec.template.spec.containers[0].image: Required value',
      ),
      causes: [
        {
          field: 'spec.template.spec.containers[0].image',
          reason: 'FieldValueRequired',
          message: 'Required value',
        },
      ],
      written: [
        expect.objectContaining({
          kind: 'PropagationPolicy',
          action: 'created',
        }),
      ],
      failed: ['Deployment team-a/web'],
    });
    expect(res.body.error.message).toContain(
      'written: PropagationPolicy team-a/web (created)',
    );
  });

  it('403 Forbidden → 403 saying Karmada refused', async () => {
    server.use(
      http.patch(PP, () =>
        status(
          403,
          'Forbidden',
          'propagationpolicies.policy.karmada.io "web" is forbidden: User "system:serviceaccount:backstage:backstage" cannot patch resource',
        ),
      ),
    );
    const res = await apply();
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    expect(res.body.error.message).toContain(
      'Karmada instance "local" refused: propagationpolicies.policy.karmada.io "web" is forbidden',
    );
    expect(res.body.error.message).toContain(
      'not attempted: Deployment team-a/web',
    );
  });

  it('409 Conflict → 409 keeping the manager and field', async () => {
    server.use(
      http.patch(PP, created('PropagationPolicy')),
      http.patch(DEPLOYMENT, () =>
        status(
          409,
          'Conflict',
          'Apply failed with 1 conflict: conflict with "helm" using apps/v1: .spec.replicas',
        ),
      ),
    );
    const res = await apply();
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      name: 'ConflictError',
      managers: ['helm'],
    });
    expect(res.body.error.message).toContain(
      'conflict with "helm" using apps/v1: .spec.replicas',
    );
  });

  it('500 → retried with backoff, then 503 saying the outcome is uncertain', async () => {
    let calls = 0;
    server.use(
      http.patch(PP, created('PropagationPolicy')),
      http.patch(DEPLOYMENT, () => {
        calls++;
        return status(500, 'InternalError', 'etcdserver: request timed out');
      }),
    );
    const res = await apply();
    expect(calls).toBe(4);
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('ServiceUnavailableError');
    expect(res.body.error.message).toContain(
      'Deployment team-a/web failed after 4 attempts: Karmada instance "local" answered HTTP 500; caused by ServiceUnavailableError: etcdserver: request timed out',
    );
    expect(res.body.error.message).toContain(
      'may or may not have been applied: Deployment team-a/web',
    );
  });

  it('a transient 500 is retried and the apply succeeds', async () => {
    let calls = 0;
    server.use(
      http.patch(PP, created('PropagationPolicy')),
      http.patch(DEPLOYMENT, async ctx =>
        ++calls === 1
          ? status(500, 'InternalError', 'try again')
          : created('Deployment')(ctx),
      ),
    );
    const res = await apply();
    expect(res.status).toBe(200);
    expect(res.body.objects.map((o: any) => `${o.kind}:${o.action}`)).toEqual([
      'PropagationPolicy:created',
      'Deployment:created',
    ]);
  });

  it('404 on resume → 404', async () => {
    server.use(
      http.get(PP.replace(/web$/, 'gone'), () =>
        status(
          404,
          'NotFound',
          'propagationpolicies.policy.karmada.io "gone" not found',
        ),
      ),
    );
    const res = await request(backend.server)
      .post('/api/karmada/workloads/resume')
      .send({ namespace: 'team-a', name: 'gone' });
    bodies.push(res.text);
    expect([res.status, res.body.error.message]).toEqual([
      404,
      'no PropagationPolicy team-a/gone on Karmada instance "local"',
    ]);
  });

  it('a malformed body → 400 naming the path', async () => {
    const res = await request(backend.server)
      .post('/api/karmada/apply')
      .send({ spec: webSpec(), dryRun: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^body\.dryRun: /);
    const unknown = await request(backend.server)
      .post('/api/karmada/apply')
      .send({ spec: webSpec(), surprise: 1 });
    expect(unknown.body.error.message).toMatch(/^body: .*surprise/);
  });

  it('never sends the token in a response', () => {
    expect(bodies.length).toBeGreaterThan(5);
    expect(bodies.join('\n')).not.toContain(TOKEN);
  });
});
