import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { karmadaInstanceSupplierExtensionPoint } from '@karmada-backstage/plugin-karmada-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { karmadaPlugin } from './plugin';
import { startTestBackendWithKarmada } from './__testUtils__/startTestBackendWithKarmada';
import { webSpec } from './__testUtils__/fleet';
import { createRecordingAuditor } from './__testUtils__/createRecordingAuditor';

jest.setTimeout(60_000);

const ROUTES: Array<[string, string, unknown?]> = [
  ['get', '/instances'],
  ['get', '/clusters'],
  ['get', '/facets'],
  ['get', '/namespaces'],
  ['post', '/preview', { spec: webSpec() }],
  ['post', '/render', { spec: webSpec() }],
  ['post', '/apply', { spec: webSpec() }],
  ['post', '/apply', { spec: webSpec(), dryRun: true }],
  ['post', '/workloads/resume', { namespace: 'team-a', name: 'web' }],
  ['post', '/workloads/remove', { namespace: 'team-a', name: 'web' }],
  ['get', '/workloads'],
  ['get', '/workloads/local/team-a/web/placement'],
];

describe('permissions', () => {
  it('answers 403 on every route when the policy denies, and audits every refused write', async () => {
    const auditor = createRecordingAuditor();
    const t = await startTestBackendWithKarmada({
      features: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
        auditor.factory,
      ],
    });
    try {
      await t.ready();
      for (const [method, path, body] of ROUTES) {
        const res =
          method === 'get'
            ? await t.api.get(path)
            : await t.api.post(path, body);
        expect({
          path,
          status: res.status,
          name: res.body.error?.name,
        }).toEqual({ path, status: 403, name: 'NotAllowedError' });
      }
      expect(
        t.emulator.requestLog.filter(
          r => !['get', 'list', 'watch'].includes(r.verb),
        ),
      ).toEqual([]);
      // One failed event per write route (reads are not audited), each
      // saying who, where, what it meant to write, and why it was refused.
      const initiator = 'user:default/mock';
      const refused = (name: string) => ({
        outcome: 'fail',
        error: expect.objectContaining({ name: 'NotAllowedError' }),
        outcomeMeta: expect.objectContaining({
          reason: expect.stringContaining(`not allowed: ${name}`),
        }),
      });
      const target = {
        instance: 'local',
        namespace: 'team-a',
        name: 'web',
        initiator,
      };
      const flags = { force: false, staged: false };
      expect(auditor.events).toEqual([
        expect.objectContaining({
          eventId: 'workload-apply',
          severityLevel: 'medium',
          meta: { ...target, ...flags, dryRun: false },
          ...refused('karmada.workload.create'),
        }),
        expect.objectContaining({
          eventId: 'workload-apply',
          severityLevel: 'low',
          meta: { ...target, ...flags, dryRun: true },
          ...refused('karmada.workload.create'),
        }),
        expect.objectContaining({
          eventId: 'workload-resume',
          meta: { ...target, dryRun: false },
          ...refused('karmada.workload.create'),
        }),
        expect.objectContaining({
          eventId: 'workload-remove',
          severityLevel: 'high',
          meta: { ...target, dryRun: false },
          ...refused('karmada.workload.delete'),
        }),
      ]);
      expect(auditor.events.map(e => e.outcomeMeta!.objects)).toEqual(
        [
          ['PropagationPolicy', 'Deployment'],
          ['PropagationPolicy', 'Deployment'],
          ['PropagationPolicy'],
          ['Deployment', 'PropagationPolicy', 'OverridePolicy'],
        ].map(kinds =>
          kinds.map(kind => ({ kind, namespace: 'team-a', name: 'web' })),
        ),
      );
    } finally {
      await t.stop();
    }
  });

  it('scopes workload permissions to namespaces with conditional decisions', async () => {
    const onlyTeamB = {
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'karmada',
      resourceType: 'karmada-namespace',
      conditions: {
        rule: 'IS_IN_NAMESPACE',
        resourceType: 'karmada-namespace',
        params: { namespaces: ['team-b*'] },
      },
    };
    const permissions = mockServices.permissions.mock({
      authorize: async reqs =>
        reqs.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async reqs => reqs.map(() => onlyTeamB as any),
    });
    const t = await startTestBackendWithKarmada({
      features: [permissions.factory],
    });
    try {
      await t.ready();
      const denied = await t.api.post('/apply', { spec: webSpec() });
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toContain(
        'karmada.workload.create on namespace "team-a"',
      );
      const allowed = await t.api.post('/apply', {
        spec: webSpec({ namespace: 'team-b' }),
      });
      expect([allowed.status, allowed.body.error?.message]).toEqual([
        200,
        undefined,
      ]);
      t.emulator.apply({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: 'hidden',
          namespace: 'team-a',
          labels: { 'backstage.io/kubernetes-id': 'web-frontend' },
        },
        spec: {
          selector: { matchLabels: { a: 'b' } },
          template: {
            metadata: { labels: { a: 'b' } },
            spec: { containers: [{ name: 'c', image: 'nginx' }] },
          },
        },
      } as any);
      await t.emulator.settled();
      await new Promise(r => setTimeout(r, 100));
      const list = await t.api.get('/workloads?entity=web-frontend');
      expect(
        list.body.items.map((w: any) => `${w.namespace}/${w.name}`),
      ).toEqual(['team-b/web']);
    } finally {
      await t.stop();
    }
  });
});

describe('instances', () => {
  it('reports an unreachable instance without breaking the others', async () => {
    const t = await startTestBackendWithKarmada({
      instances: [
        {
          name: 'down',
          title: 'Down',
          url: 'http://127.0.0.1:9',
          auth: { type: 'bearerToken', token: 'another-secret' },
          timeoutMs: 300,
        },
      ],
    });
    try {
      await t.ready('local');
      let down: any;
      for (let i = 0; i < 100 && !down?.status.error; i++) {
        down = (await t.api.get('/instances')).body.items.find(
          (x: any) => x.name === 'down',
        );
        await new Promise(r => setTimeout(r, 20));
      }
      expect(down).toMatchObject({
        default: false,
        status: {
          state: 'unreachable',
          ready: false,
          error: {
            name: 'KarmadaConnectionError',
            message: expect.stringContaining('ECONNREFUSED'),
          },
        },
      });
      const health = await request(t.backend.server).get('/api/karmada/health');
      expect(health.status).toBe(503);
      expect(health.body.instances.map((i: any) => [i.name, i.ready])).toEqual([
        ['local', true],
        ['down', false],
      ]);
      // Unauthenticated: the state, not the reason (addresses, file paths).
      expect(health.text).not.toContain('ECONNREFUSED');
      expect(health.text).not.toContain('127.0.0.1');
      const list = await t.api.get('/workloads');
      expect(list.status).toBe(200);
      expect(list.body.errors).toEqual([
        {
          instance: 'down',
          error: {
            name: 'ServiceUnavailableError',
            message: expect.stringContaining(
              'Karmada instance "down" is not ready',
            ),
          },
        },
      ]);
      expect((await t.api.get('/clusters?instance=down')).status).toBe(503);
      expect((await t.api.get('/clusters')).status).toBe(200);
      expect(
        (await t.api.get('/clusters?instance=nope')).body.error.message,
      ).toBe(
        'query.instance: unknown Karmada instance "nope" (configured: local, down)',
      );
      expect(t.bodies.join('\n')).not.toContain('another-secret');
    } finally {
      await t.stop();
    }
  });

  it('takes instances from modules through the extension point', async () => {
    const extra = createBackendModule({
      pluginId: 'karmada',
      moduleId: 'extra-instance',
      register(env) {
        env.registerInit({
          deps: { supplier: karmadaInstanceSupplierExtensionPoint },
          async init({ supplier }) {
            supplier.addInstances([
              {
                name: 'extra',
                title: 'From a module',
                url: 'http://127.0.0.1:9',
                auth: { type: 'none' },
                timeoutMs: 200,
              },
            ]);
          },
        });
      },
    });
    const t = await startTestBackendWithKarmada({ features: [extra] });
    try {
      const res = await t.api.get('/instances');
      expect(
        res.body.items.map((i: any) => [i.name, i.title, i.default]),
      ).toEqual([
        ['local', 'Local emulator', true],
        ['extra', 'From a module', false],
      ]);
    } finally {
      await t.stop();
    }
  });

  it('fails at start naming the config key', async () => {
    await expect(
      startTestBackend({
        features: [
          karmadaPlugin,
          mockServices.rootConfig.factory({
            data: {
              karmada: {
                instances: [
                  { name: 'a', url: 'http://x', auth: { type: 'none' } },
                  { name: 'b', url: 'http://x', auth: { type: 'magic' } },
                ],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'karmada.instances[1].auth.type: must be one of none, bearerToken, serviceAccountToken, kubeconfig (got "magic")',
    );
  });

  it('fails at start when a configured file is missing, naming the key', async () => {
    await expect(
      startTestBackend({
        features: [
          karmadaPlugin,
          mockServices.rootConfig.factory({
            data: {
              karmada: {
                instances: [
                  {
                    name: 'a',
                    auth: {
                      type: 'kubeconfig',
                      path: '/nonexistent/kubeconfig',
                    },
                  },
                ],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'karmada.instances[0].auth.path: file "/nonexistent/kubeconfig" does not exist',
    );
  });
});
