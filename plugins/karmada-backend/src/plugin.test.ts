import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  startTestBackendWithKarmada,
  TEST_TOKEN,
} from './__testUtils__/startTestBackendWithKarmada';
import { webSpec } from './__testUtils__/fleet';
import { createRecordingAuditor } from './__testUtils__/createRecordingAuditor';

jest.setTimeout(60_000);

const DEPLOY = ['apps/v1', 'Deployment'] as const;
const PP = ['policy.karmada.io/v1alpha1', 'PropagationPolicy'] as const;
const OP = ['policy.karmada.io/v1alpha1', 'OverridePolicy'] as const;

describe('karmada backend over the emulator', () => {
  let t: Awaited<ReturnType<typeof startTestBackendWithKarmada>>;
  const auditor = createRecordingAuditor();
  const { events } = auditor;

  beforeAll(async () => {
    t = await startTestBackendWithKarmada({
      features: [
        auditor.factory,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: {
                name: 'storefront',
                namespace: 'default',
                annotations: { 'backstage.io/kubernetes-id': 'shop-web' },
              },
              spec: {
                type: 'service',
                owner: 'guests',
                lifecycle: 'production',
              },
            },
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: { name: 'bare', namespace: 'default' },
              spec: {
                type: 'service',
                owner: 'guests',
                lifecycle: 'production',
              },
            },
          ],
        }),
      ],
    });
    await t.ready();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('lists instances with readiness and guardrails, without URL or credentials', async () => {
    const res = await t.api.get('/instances');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        name: 'local',
        title: 'Local emulator',
        default: true,
        status: {
          state: 'ready',
          ready: true,
          lastSyncTime: expect.any(String),
        },
        clusterCount: 4,
        namespaces: {
          allow: ['team-*'],
          deny: ['kube-*'],
          description: 'only namespaces matching team-*; never kube-*',
        },
      },
    ]);
    expect(res.text).not.toContain(t.emulator.url);
  });

  it('lists clusters with facts, capacity and the replicas of a request that fit', async () => {
    const res = await t.api.get('/clusters?cpu=500m&memory=1Gi');
    expect(res.status).toBe(200);
    const m1 = res.body.items.find((c: any) => c.name === 'member1');
    expect(m1).toMatchObject({
      provider: 'aws',
      region: 'us-east-1',
      zones: ['us-east-1a', 'us-east-1b'],
      ready: { status: 'True' },
      deploymentsEnabled: true,
      kubernetesVersion: 'v1.30.2',
      capacity: {
        allocatable: { cpuMillicores: 16000, pods: 330 },
        available: {
          cpuMillicores: 14000,
          memoryBytes: 60 * 2 ** 30,
          pods: 300,
        },
      },
      fit: { request: { cpu: '500m', memory: '1Gi' }, replicas: 28 },
    });
    expect(
      res.body.items.find((c: any) => c.name === 'member4').ready,
    ).toMatchObject({ status: 'False', message: 'cluster is not reachable' });
    expect((await t.api.get('/clusters?cpu=lots')).status).toBe(400);
  });

  it('gives facets and the namespaces the guardrail allows', async () => {
    const facets = await t.api.get('/facets');
    expect(facets.body).toMatchObject({
      providers: ['aws', 'azure', 'gcp'],
      regions: ['europe-west1', 'us-east-1', 'us-west-2', 'westeurope'],
      labels: { env: ['dev', 'prod', 'staging'] },
      taints: [
        { key: 'dedicated', value: 'gpu', effect: 'NoSchedule', clusters: 1 },
      ],
    });
    const ns = await t.api.get('/namespaces');
    expect(ns.body.items.map((n: any) => n.name)).toEqual(['team-a', 'team-b']);
  });

  it('previews a placement or a spec from the cache, with no request to Karmada', async () => {
    t.emulator.resetRequestLog();
    const byPlacement = await t.api.post('/preview', {
      placement: {
        clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
        },
      },
      replicas: 3,
    });
    expect(byPlacement.status).toBe(200);
    expect(byPlacement.body.preview).toMatchObject({
      schedulable: true,
      clusters: expect.any(Array),
    });
    expect(
      byPlacement.body.preview.clusters.map((c: any) => c.name).sort(),
    ).toEqual(['member1', 'member2']);
    // The compact wire form: selected clusters in full, the others grouped
    // by reason, every cluster of the fleet named once.
    const { selected, leftOut } = byPlacement.body.preview;
    expect(byPlacement.body.preview).not.toHaveProperty('explanations');
    expect(selected.map((c: any) => c.name)).toEqual(['member1', 'member2']);
    expect(selected[0]).toMatchObject({
      name: 'member1',
      replicas: expect.any(Number),
      availableReplicas: expect.any(Number),
      provider: expect.any(String),
      zones: expect.any(Array),
    });
    expect(
      [
        ...selected.map((c: any) => c.name),
        ...leftOut.flatMap((g: any) => g.clusters.map((c: any) => c.name)),
      ].length,
    ).toBe(byPlacement.body.fleet.clusters);
    for (const g of leftOut) {
      expect(g.count).toBe(g.clusters.length);
      expect(Object.keys(g.clusters[0]).sort()).toEqual([
        'availableReplicas',
        'name',
      ]);
    }
    const bySpec = await t.api.post('/preview', { spec: webSpec() });
    expect(bySpec.body.preview.clusters).toEqual([
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 2 },
    ]);
    expect(t.emulator.requestCount).toBe(0);
  });

  it("previews with the replicas' resource requests: fewer fit, and dynamic weights follow", async () => {
    // Weighted by available replicas, so the division follows the headroom
    // the requests leave on each cluster.
    const placement = {
      clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    };
    const preview = async (replicaRequirements?: object) => {
      const res = await t.api.post('/preview', {
        placement,
        replicas: 4,
        ...(replicaRequirements ? { replicaRequirements } : {}),
      });
      expect(res.status).toBe(200);
      return res.body.preview;
    };
    const headroom = (p: any) =>
      Object.fromEntries(
        [...p.selected, ...p.leftOut.flatMap((g: any) => g.clusters)].map(
          (c: any) => [c.name, c.availableReplicas],
        ),
      );
    t.emulator.resetRequestLog();

    // No requests: only the pod count limits (330 allocatable - 30 allocated).
    const free = await preview();
    expect(free.clusters).toEqual([
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 2 },
    ]);
    expect(headroom(free)).toMatchObject({ member1: 300, member2: 300 });

    // 4 cores each: member1 has 14 free cores (3 replicas), member2 6 (1).
    const big = await preview({ resourceRequest: { cpu: '4' } });
    expect(big.clusters).toEqual([
      { name: 'member1', replicas: 3 },
      { name: 'member2', replicas: 1 },
    ]);
    expect(headroom(big)).toEqual({
      member1: 3,
      member2: 1,
      member3: 7,
      member4: 1,
    });

    // More than any cluster has: unschedulable, with Karmada's reason.
    const huge = await preview({ resourceRequest: { cpu: '100' } });
    expect(huge).toMatchObject({
      schedulable: false,
      clusters: [],
      error: { reason: 'InsufficientReplicas' },
    });
    expect(headroom(huge)).toMatchObject({ member1: 0, member2: 0 });

    const bad = await t.api.post('/preview', {
      placement,
      replicas: 4,
      replicaRequirements: { resourceRequest: { cpu: 'lots' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^replicaRequirements\.resourceRequest\.cpu: /,
    );
    // All from the cache.
    expect(t.emulator.requestCount).toBe(0);
  });

  it('refuses malformed previews naming the field', async () => {
    const res = await t.api.post('/preview', {
      placement: { replicaScheduling: { replicaSchedulingType: 'Sideways' } },
      replicas: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /placement\.replicaScheduling\.replicaSchedulingType/,
    );
    const bad = await t.api.post('/preview', { replicas: -1, placement: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^body\.replicas: /);
    const spec = await t.api.post('/preview', {
      spec: webSpec({ replicas: 'many' }),
    });
    expect(spec.status).toBe(400);
    expect(spec.body.error.message).toMatch(/replicas/);
  });

  it('renders manifests, dependencies, the preview and per-cluster differences', async () => {
    const res = await t.api.post('/render', {
      spec: webSpec({
        name: 'render-me',
        containers: [
          {
            name: 'web',
            image: 'nginx:1.25',
            envFrom: [{ configMapRef: { name: 'web-config' } }],
          },
        ],
        differential: [{ clusters: ['member2'], image: { tag: '1.26' } }],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.body.objects.map((o: any) => o.kind)).toEqual([
      'Deployment',
      'PropagationPolicy',
      'OverridePolicy',
    ]);
    expect(res.body.yaml).toContain('kind: OverridePolicy');
    expect(res.body.dependencies).toEqual([
      {
        kind: 'ConfigMap',
        name: 'web-config',
        namespace: 'team-a',
        referencedBy: ['containers[0].envFrom[0]'],
        status: 'missing',
      },
    ]);
    const m2 = res.body.clusters.find((c: any) => c.cluster === 'member2');
    expect(m2.changes).toEqual([
      expect.objectContaining({
        after: 'nginx:1.26',
        policy: {
          kind: 'OverridePolicy',
          namespace: 'team-a',
          name: 'render-me',
        },
      }),
    ]);
    expect(
      res.body.clusters.find((c: any) => c.cluster === 'member1').changes,
    ).toEqual([]);
    // Rendering wrote nothing.
    expect(t.emulator.get(...DEPLOY, 'render-me', 'team-a')).toBeUndefined();
  });

  it("labels a workload with its catalog entity's kubernetes-id, and says when the entity lacks one", async () => {
    const kubernetesId = (res: any) =>
      res.body.objects.find((o: any) => o.kind === 'Deployment').metadata
        .labels['backstage.io/kubernetes-id'];
    const annotated = await t.api.post('/render', {
      spec: webSpec({
        name: 'labelled',
        entityRef: 'component:default/storefront',
        kubernetesId: undefined,
      }),
    });
    expect(annotated.status).toBe(200);
    expect(kubernetesId(annotated)).toBe('shop-web');
    expect(annotated.body.warnings).toBeUndefined();

    const bare = await t.api.post('/apply', {
      spec: webSpec({
        name: 'labelled',
        entityRef: 'component:default/bare',
        kubernetesId: undefined,
      }),
      dryRun: true,
    });
    expect(bare.status).toBe(200);
    expect(bare.body.warnings).toEqual([
      'component:default/bare has no backstage.io/kubernetes-id annotation: add "backstage.io/kubernetes-id: bare" to its catalog-info.yaml to see the workload on its Multicloud tab',
    ]);
  });

  it('dry-run apply goes to the API server and leaves nothing', async () => {
    t.emulator.resetRequestLog();
    const res = await t.api.post('/apply', {
      spec: webSpec({ name: 'dry' }),
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      objects: [
        expect.objectContaining({
          kind: 'PropagationPolicy',
          action: 'created',
        }),
        expect.objectContaining({ kind: 'Deployment', action: 'created' }),
      ],
    });
    expect(t.emulator.requestLog.filter(r => r.verb === 'patch')).toHaveLength(
      2,
    );
    expect(t.emulator.get(...DEPLOY, 'dry', 'team-a')).toBeUndefined();
    expect(t.emulator.get(...PP, 'dry', 'team-a')).toBeUndefined();
    expect(events.at(-1)).toEqual({
      eventId: 'workload-apply',
      severityLevel: 'low',
      meta: {
        instance: 'local',
        namespace: 'team-a',
        name: 'dry',
        dryRun: true,
        force: false,
        staged: false,
        initiator: 'user:default/mock',
      },
      outcome: 'success',
      outcomeMeta: expect.objectContaining({
        objects: [
          {
            apiVersion: PP[0],
            kind: 'PropagationPolicy',
            name: 'dry',
            namespace: 'team-a',
            action: 'created',
          },
          {
            apiVersion: DEPLOY[0],
            kind: 'Deployment',
            name: 'dry',
            namespace: 'team-a',
            action: 'created',
          },
        ],
      }),
    });
  });

  it('applies with one request per object, and a re-apply changes nothing', async () => {
    t.emulator.resetRequestLog();
    const first = await t.api.post('/apply', {
      spec: webSpec(),
      template: 'template:default/karmada-workload',
    });
    expect(first.status).toBe(200);
    expect(first.body.objects.map((o: any) => `${o.kind}:${o.action}`)).toEqual(
      ['PropagationPolicy:created', 'Deployment:created'],
    );
    expect(t.emulator.requestCount).toBe(2);
    expect(events.at(-1)).toMatchObject({
      eventId: 'workload-apply',
      severityLevel: 'medium',
      outcome: 'success',
      meta: { name: 'web', dryRun: false },
      outcomeMeta: {
        objects: first.body.objects,
      },
    });
    expect(events.at(-1)!.outcomeMeta!.objects as any[]).toEqual([
      expect.objectContaining({
        kind: 'PropagationPolicy',
        action: 'created',
        resourceVersion: expect.any(String),
      }),
      expect.objectContaining({
        kind: 'Deployment',
        action: 'created',
        resourceVersion: expect.any(String),
      }),
    ]);
    const d = t.emulator.get(...DEPLOY, 'web', 'team-a')!;
    expect(d.metadata?.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'backstage-karmada',
      'backstage.io/kubernetes-id': 'web-frontend',
    });
    expect(d.metadata?.annotations).toMatchObject({
      'karmada.backstage.io/created-by': 'user:default/mock',
      'karmada.backstage.io/template': 'template:default/karmada-workload',
    });
    await t.emulator.settled();
    const again = await t.api.post('/apply', {
      spec: webSpec(),
      template: 'template:default/karmada-workload',
    });
    expect(again.body.objects.map((o: any) => `${o.kind}:${o.action}`)).toEqual(
      ['PropagationPolicy:unchanged', 'Deployment:unchanged'],
    );
    expect(
      (events.at(-1)!.outcomeMeta!.objects as any[]).map(o => o.action),
    ).toEqual(['unchanged', 'unchanged']);
  });

  it('shows the placement of an applied workload where the preview predicted, from the cache', async () => {
    const preview = await t.api.post('/preview', { spec: webSpec() });
    await t.emulator.settled();
    await new Promise(r => setTimeout(r, 200));
    await t.api.get('/workloads/local/team-a/web/placement'); // warm-up
    t.emulator.resetRequestLog();
    const res = await t.api.get('/workloads/local/team-a/web/placement');
    expect(res.status).toBe(200);
    expect(t.emulator.requestCount).toBe(0);
    expect(res.body.binding.clusters).toEqual(preview.body.preview.clusters);
    expect(res.body.expected.clusters).toEqual(preview.body.preview.clusters);
    expect(res.body).toMatchObject({
      managed: true,
      kubernetesId: 'web-frontend',
      propagationPolicy: {
        kind: 'PropagationPolicy',
        name: 'web',
        suspended: false,
      },
      binding: { name: 'web-deployment', scheduled: { status: 'True' } },
    });
    // The rollout began moments ago: Karmada's Unhealthy while replicas
    // become available reads as progress, not as a failure.
    expect(res.body.rollout).toMatchObject({ progressDeadlineSeconds: 600 });
    expect(Date.parse(res.body.rollout.deadline)).toBeGreaterThan(Date.now());
    expect(res.body.health).not.toBe('Degraded');
    expect(res.body.clusters.map((c: any) => c.cluster)).toEqual([
      'member1',
      'member2',
    ]);
    expect(res.body.clusters[0]).toMatchObject({
      facts: { provider: 'aws', region: 'us-east-1' },
      expectedReplicas: 2,
      scheduledReplicas: 2,
      changes: [],
    });
    expect(
      (await t.api.get('/workloads/local/team-a/nope/placement')).status,
    ).toBe(404);
  });

  it('lists the workloads of an entity', async () => {
    const res = await t.api.get('/workloads?entity=web-frontend');
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        instance: 'local',
        namespace: 'team-a',
        name: 'web',
        managed: true,
        replicas: 2,
        propagationPolicy: 'web',
      }),
    ]);
    expect((await t.api.get('/workloads?entity=other')).body.items).toEqual([]);
    expect((await t.api.get('/workloads?health=Nope')).status).toBe(400);
  });

  it('converges the OverridePolicy with the differential configuration', async () => {
    const template = 'template:default/karmada-workload';
    const withDiff = await t.api.post('/apply', {
      spec: webSpec({
        differential: [{ clusters: ['member2'], image: { tag: '1.26' } }],
      }),
      template,
    });
    expect(withDiff.status).toBe(200);
    expect(
      withDiff.body.objects.map((o: any) => `${o.kind}:${o.action}`),
    ).toEqual([
      'PropagationPolicy:unchanged',
      'OverridePolicy:created',
      'Deployment:unchanged',
    ]);
    await t.emulator.settled();
    const placement = await t.api.get('/workloads/local/team-a/web/placement');
    expect(placement.body.overridePolicies).toEqual([
      { kind: 'OverridePolicy', name: 'web', namespace: 'team-a' },
    ]);
    expect(
      placement.body.clusters.find((c: any) => c.cluster === 'member2')
        .changes[0],
    ).toMatchObject({
      displayPath: expect.stringContaining('image'),
      after: 'nginx:1.26',
    });
    const without = await t.api.post('/apply', { spec: webSpec(), template });
    expect(
      without.body.objects.map((o: any) => `${o.kind}:${o.action}`),
    ).toEqual([
      'PropagationPolicy:unchanged',
      'OverridePolicy:deleted',
      'Deployment:unchanged',
    ]);
    expect(t.emulator.get(...OP, 'web', 'team-a')).toBeUndefined();
  });

  it('answers 409 naming the other field manager, and force takes over', async () => {
    await t.api.post('/apply', { spec: webSpec({ name: 'contested' }) });
    t.emulator.apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'contested', namespace: 'team-a' },
        spec: { replicas: 5 },
      } as any,
      { fieldManager: 'kubectl-edit' },
    );
    await t.emulator.settled();
    await new Promise(r => setTimeout(r, 100));
    const spec = webSpec({ name: 'contested', replicas: 3 });
    const conflict = await t.api.post('/apply', { spec });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toContain('kubectl-edit');
    expect(conflict.body.error.managers).toEqual(['kubectl-edit']);
    expect(events.at(-1)).toMatchObject({
      eventId: 'workload-apply',
      outcome: 'fail',
      outcomeMeta: {
        name: 'contested',
        reason: expect.stringContaining('kubectl-edit'),
        objects: [
          { kind: 'PropagationPolicy', namespace: 'team-a', name: 'contested' },
          { kind: 'Deployment', namespace: 'team-a', name: 'contested' },
        ],
        written: [],
      },
    });
    expect(events.at(-1)!.error?.name).toBe('ConflictError');
    const forced = await t.api.post('/apply', { spec, force: true });
    expect(forced.status).toBe(200);
    expect(
      (t.emulator.get(...DEPLOY, 'contested', 'team-a') as any).spec.replicas,
    ).toBe(3);
  });

  it('validates everything before the first write', async () => {
    t.emulator.resetRequestLog();
    const denied = await t.api.post('/apply', {
      spec: webSpec({ namespace: 'kube-system', name: 'x' }),
    });
    expect(denied.status).toBe(400);
    expect(denied.body.error.message).toBe(
      'spec.namespace: namespace "kube-system" is denied by the guardrail (matches kube-*)',
    );
    const reviewed = await t.api.post('/render', {
      spec: webSpec({ namespace: 'kube-system', name: 'x' }),
    });
    expect(reviewed.status).toBe(400);
    expect(reviewed.body.error.message).toBe(denied.body.error.message);
    const missing = await t.api.post('/apply', {
      spec: webSpec({ namespace: 'team-zzz', name: 'x' }),
    });
    expect(missing.body.error.message).toBe(
      'spec.namespace: namespace "team-zzz" does not exist on Karmada instance "local"',
    );
    const target = await t.api.post('/apply', {
      spec: webSpec({
        name: 'x',
        differential: [{ clusters: ['member3'], image: { tag: '2' } }],
      }),
    });
    expect(target.status).toBe(400);
    expect(target.body.error.message).toMatch(/differential\[0\]\.clusters/);
    const unknownInstance = await t.api.post('/apply', {
      spec: webSpec({ instance: 'nope', name: 'x' }),
    });
    expect(unknownInstance.status).toBe(400);
    expect(
      t.emulator.requestLog.filter(
        r => !['get', 'list', 'watch'].includes(r.verb),
      ),
    ).toEqual([]);
  });

  it('audits an invalid write as failed, with the objects it meant to write and why', async () => {
    const failedOf = async (path: string, body: unknown) => {
      const before = events.length;
      const res = await t.api.post(path, body);
      expect(res.status).toBe(400);
      // Exactly one event per request, created before the validation.
      expect(events.slice(before)).toHaveLength(1);
      const e = events.at(-1)!;
      expect(e).toMatchObject({
        outcome: 'fail',
        outcomeMeta: { reason: res.body.error.message },
      });
      expect(e.error?.name).toMatch(/InputError$/);
      expect(e.outcomeMeta).not.toHaveProperty('written');
      return e;
    };

    // The spec is invalid: the engines name the field; the event lists the
    // PropagationPolicy, the OverridePolicy (differential items) and the
    // Deployment the request meant to write.
    const spec = await failedOf('/apply', {
      spec: webSpec({
        name: 'bad',
        replicas: 'many',
        differential: [{ clusters: ['member2'], image: { tag: '1.26' } }],
      }),
      staged: true,
    });
    expect(spec).toMatchObject({
      eventId: 'workload-apply',
      severityLevel: 'medium',
      meta: {
        instance: 'local',
        namespace: 'team-a',
        name: 'bad',
        dryRun: false,
        force: false,
        staged: true,
        initiator: 'user:default/mock',
      },
    });
    expect(spec.outcomeMeta).toMatchObject({
      reason: expect.stringContaining('replicas'),
      objects: [
        { kind: 'PropagationPolicy', namespace: 'team-a', name: 'bad' },
        { kind: 'OverridePolicy', namespace: 'team-a', name: 'bad' },
        { kind: 'Deployment', namespace: 'team-a', name: 'bad' },
      ],
    });

    // The envelope is invalid (a misspelt flag): rejected before the
    // permission check, audited all the same.
    const envelope = await failedOf('/apply', {
      spec: webSpec({ name: 'typo' }),
      dryrun: true,
    });
    expect(envelope.outcomeMeta).toMatchObject({
      reason: expect.stringMatching(/^body: /),
      dryRun: false,
      objects: [
        { kind: 'PropagationPolicy', namespace: 'team-a', name: 'typo' },
        { kind: 'Deployment', namespace: 'team-a', name: 'typo' },
      ],
    });

    // Refused by the guardrail, and on an instance that does not exist:
    // the event says what was asked.
    expect(
      (
        await failedOf('/apply', {
          spec: webSpec({ namespace: 'kube-system', name: 'x' }),
          dryRun: true,
        })
      ).meta,
    ).toMatchObject({ namespace: 'kube-system', dryRun: true });
    expect(
      (
        await failedOf('/apply', {
          spec: webSpec({ instance: 'nope', name: 'x' }),
        })
      ).meta,
    ).toMatchObject({ instance: 'nope' });

    // Resume and remove too; what the body does not name is null.
    const resume = await failedOf('/workloads/resume', {
      namespace: 'Team_A',
      name: 'web',
    });
    expect(resume).toMatchObject({
      eventId: 'workload-resume',
      meta: { instance: 'local', namespace: 'Team_A', name: 'web' },
      outcomeMeta: {
        objects: [
          { kind: 'PropagationPolicy', namespace: 'Team_A', name: 'web' },
        ],
      },
    });
    const remove = await failedOf('/workloads/remove', { namespace: 'team-a' });
    expect(remove).toMatchObject({
      eventId: 'workload-remove',
      meta: { namespace: 'team-a', name: null, dryRun: false },
      outcomeMeta: {
        objects: ['Deployment', 'PropagationPolicy', 'OverridePolicy'].map(
          kind => ({ kind, namespace: 'team-a', name: null }),
        ),
      },
    });
    const notAnObject = await failedOf('/apply', [1, 2]);
    expect(notAnObject.meta).toMatchObject({
      instance: 'local',
      namespace: null,
      name: null,
    });
  });

  it("stages an apply, shows Karmada's real schedule, resumes, and removes everything", async () => {
    const staged = await t.api.post('/apply', {
      spec: webSpec({ name: 'staged' }),
      staged: true,
    });
    expect(staged.status).toBe(200);
    expect(staged.body.staged).toMatchObject({
      state: 'scheduled',
      binding: {
        name: 'staged-deployment',
        clusters: [
          { name: 'member1', replicas: 2 },
          { name: 'member2', replicas: 2 },
        ],
      },
      differences: [],
    });
    expect(
      (t.emulator.get(...PP, 'staged', 'team-a') as any).spec.suspension,
    ).toEqual({ dispatching: true });
    expect(
      (await t.api.get('/workloads?health=Suspended')).body.items.map(
        (w: any) => w.name,
      ),
    ).toContain('staged');
    const resumed = await t.api.post('/workloads/resume', {
      namespace: 'team-a',
      name: 'staged',
    });
    expect(resumed.status).toBe(200);
    expect(resumed.body.objects).toEqual([
      expect.objectContaining({
        kind: 'PropagationPolicy',
        action: 'configured',
      }),
    ]);
    expect(
      (t.emulator.get(...PP, 'staged', 'team-a') as any).spec.suspension,
    ).toBeUndefined();
    const removed = await t.api.post('/workloads/remove', {
      namespace: 'team-a',
      name: 'staged',
    });
    expect(
      removed.body.objects.map((o: any) => `${o.kind}:${o.action}`),
    ).toEqual([
      'Deployment:deleted',
      'PropagationPolicy:deleted',
      'OverridePolicy:absent',
    ]);
    expect(t.emulator.get(...DEPLOY, 'staged', 'team-a')).toBeUndefined();
    expect(t.emulator.get(...PP, 'staged', 'team-a')).toBeUndefined();
    expect(
      events.filter(
        e => e.eventId === 'workload-resume' && e.meta.name === 'staged',
      ),
    ).toEqual([
      expect.objectContaining({
        outcome: 'success',
        meta: expect.objectContaining({ name: 'staged', dryRun: false }),
        outcomeMeta: expect.objectContaining({
          objects: [
            expect.objectContaining({
              kind: 'PropagationPolicy',
              name: 'staged',
              action: 'configured',
            }),
          ],
        }),
      }),
    ]);
    expect(
      events.filter(
        e => e.eventId === 'workload-remove' && e.meta.name === 'staged',
      ),
    ).toEqual([
      expect.objectContaining({
        severityLevel: 'high',
        outcome: 'success',
        meta: expect.objectContaining({ name: 'staged' }),
        outcomeMeta: expect.objectContaining({
          objects: removed.body.objects,
        }),
      }),
    ]);
  });

  it('refuses to remove objects the portal did not create', async () => {
    t.emulator.apply({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'foreign',
        namespace: 'team-b',
        labels: { 'backstage.io/kubernetes-id': 'x' },
      },
      spec: {
        selector: { matchLabels: { a: 'b' } },
        template: {
          metadata: { labels: { a: 'b' } },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        },
      },
    } as any);
    const res = await t.api.post('/workloads/remove', {
      namespace: 'team-b',
      name: 'foreign',
    });
    expect(res.status).toBe(409);
    expect(t.emulator.get(...DEPLOY, 'foreign', 'team-b')).toBeDefined();
  });

  // Last: no response of this suite ever carried the instance's token.
  it('never sends a credential in a response', () => {
    expect(t.bodies.length).toBeGreaterThan(30);
    expect(t.bodies.join('\n')).not.toContain(TEST_TOKEN);
  });
});
