import {
  PatchStrategy,
  setHeaderOptions,
  V1Deployment,
  V1DeploymentSpec,
} from '@kubernetes/client-node';
import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';
import { failure, kubeClients } from '../__testUtils__/kubeClients';

function deployment(
  name: string,
  replicas = 2,
  image = 'nginx:1.25',
): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'team-a', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'web', image }] },
      },
    },
  };
}

describe('EmulatorServer over HTTP with @kubernetes/client-node', () => {
  let emulator: Emulator;
  let clients: ReturnType<typeof kubeClients>;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, readyAfterMs: 0 });
    clients = kubeClients(emulator);
  });
  afterAll(() => emulator.close());

  it('lists the seeded fleet and filters it with label selectors', async () => {
    const all = (await clients.custom.listClusterCustomObject({
      group: 'cluster.karmada.io',
      version: 'v1alpha1',
      plural: 'clusters',
    })) as {
      items: Array<{ metadata: { name: string } }>;
      metadata: { resourceVersion: string };
    };
    expect(all.items).toHaveLength(13);
    expect(Number(all.metadata.resourceVersion)).toBeGreaterThan(0);
    const gpu = (await clients.custom.listClusterCustomObject({
      group: 'cluster.karmada.io',
      version: 'v1alpha1',
      plural: 'clusters',
      labelSelector: 'gpu=true',
    })) as { items: Array<{ metadata: { name: string } }> };
    expect(gpu.items.map(c => c.metadata.name)).toEqual([
      'alibaba-cn-hangzhou-gpu',
    ]);
    const staging = (await clients.custom.listClusterCustomObject({
      group: 'cluster.karmada.io',
      version: 'v1alpha1',
      plural: 'clusters',
      labelSelector: 'env in (staging),tier!=silver',
    })) as { items: Array<{ metadata: { name: string } }> };
    expect(staging.items.map(c => c.metadata.name)).toEqual([
      'azure-westeurope-staging',
    ]);
  });

  it('creates with server-side apply, keeps the resourceVersion on an unchanged re-apply, and bumps generation on spec changes', async () => {
    const first = await clients.objects.patch(
      deployment('ssa'),
      undefined,
      undefined,
      'backstage',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect(first.metadata?.generation).toBe(1);
    const again = await clients.objects.patch(
      deployment('ssa'),
      undefined,
      undefined,
      'backstage',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect(again.metadata?.resourceVersion).toBe(
      first.metadata?.resourceVersion,
    );
    const scaled = await clients.objects.patch(
      deployment('ssa', 4),
      undefined,
      undefined,
      'backstage',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect(scaled.spec?.replicas).toBe(4);
    expect(scaled.metadata?.generation).toBeGreaterThan(1);
    const managers = scaled.metadata?.managedFields?.map(
      m => `${m.manager}/${m.operation}`,
    );
    expect(managers).toContain('backstage/Apply');
  });

  it('rejects a conflicting field manager with 409 naming the manager and the field, and lets force take over', async () => {
    await clients.objects.patch(
      deployment('conflict', 2),
      undefined,
      undefined,
      'kubectl',
      false,
      PatchStrategy.ServerSideApply,
    );
    const { code, body } = await failure(
      clients.objects.patch(
        deployment('conflict', 5),
        undefined,
        undefined,
        'backstage',
        false,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(code).toBe(409);
    expect(body.reason).toBe('Conflict');
    expect(body.message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas',
    );
    expect(body.details.causes).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "kubectl"',
        field: '.spec.replicas',
      },
    ]);
    const forced = await clients.objects.patch(
      deployment('conflict', 5),
      undefined,
      undefined,
      'backstage',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect(forced.spec?.replicas).toBe(5);
  });

  it('requires a field manager for apply', async () => {
    const { code, body } = await failure(
      clients.objects.patch(
        deployment('nomanager'),
        undefined,
        undefined,
        undefined,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(code).toBe(422);
    expect(body.message).toBe(
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  });

  it('answers dry-run writes as if done but stores nothing', async () => {
    const created = await clients.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: deployment('dry'),
      dryRun: 'All',
    });
    expect(created.metadata?.uid).toBeTruthy();
    expect(created.spec?.template.spec?.containers[0].imagePullPolicy).toBe(
      'IfNotPresent',
    );
    const { code } = await failure(
      clients.apps.readNamespacedDeployment({
        namespace: 'team-a',
        name: 'dry',
      }),
    );
    expect(code).toBe(404);
    const { code: badDryRun, body } = await failure(
      clients.apps.createNamespacedDeployment({
        namespace: 'team-a',
        body: deployment('dry'),
        dryRun: 'Some',
      }),
    );
    expect(badDryRun).toBe(422);
    expect(body.message).toBe(
      'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Some"}: supported values: "All"',
    );
  });

  it('answers a stale update with 409 Conflict', async () => {
    const created = await clients.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: deployment('stale'),
    });
    await clients.apps.replaceNamespacedDeployment({
      namespace: 'team-a',
      name: 'stale',
      body: {
        ...created,
        spec: { ...(created.spec as V1DeploymentSpec), replicas: 3 },
      },
    });
    const { code, body } = await failure(
      clients.apps.replaceNamespacedDeployment({
        namespace: 'team-a',
        name: 'stale',
        body: {
          ...created,
          spec: { ...(created.spec as V1DeploymentSpec), replicas: 4 },
        },
      }),
    );
    expect(code).toBe(409);
    expect(body.message).toBe(
      'Operation cannot be fulfilled on deployments.apps "stale": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('patches with merge and JSON patches', async () => {
    await clients.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: deployment('patched'),
    });
    const merged = await clients.apps.patchNamespacedDeployment(
      {
        namespace: 'team-a',
        name: 'patched',
        body: { metadata: { labels: { extra: 'yes' } } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merged.metadata?.labels).toEqual({ app: 'patched', extra: 'yes' });
    const json = await clients.apps.patchNamespacedDeployment({
      namespace: 'team-a',
      name: 'patched',
      body: [{ op: 'replace', path: '/spec/replicas', value: 7 }],
    });
    expect(json.spec?.replicas).toBe(7);
  });

  it('rejects invalid objects with 422 naming the field, in the server words', async () => {
    const { code, body } = await failure(
      clients.apps.createNamespacedDeployment({
        namespace: 'team-a',
        body: deployment('Bad_Name'),
      }),
    );
    expect(code).toBe(422);
    expect(body.reason).toBe('Invalid');
    expect(body.message).toMatch(
      /^Deployment\.apps "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of/,
    );
    expect(
      body.details.causes.map((c: { field: string }) => c.field),
    ).toContain('metadata.name');
    const policy = {
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      metadata: { name: 'bad', namespace: 'team-a' },
      spec: {
        resourceSelectors: [{ apiVersion: 'apps/v1', kind: 'Deployment' }],
        placement: { replicaScheduling: { replicaSchedulingType: 'Spread' } },
      },
    };
    const invalidPolicy = await failure(
      clients.custom.createNamespacedCustomObject({
        group: 'policy.karmada.io',
        version: 'v1alpha1',
        namespace: 'team-a',
        plural: 'propagationpolicies',
        body: policy,
      }),
    );
    expect(invalidPolicy.code).toBe(422);
    expect(invalidPolicy.body.message).toBe(
      'PropagationPolicy.policy.karmada.io "bad" is invalid: spec.placement.replicaScheduling.replicaSchedulingType: Unsupported value: "Spread": supported values: "Duplicated", "Divided"',
    );
    expect(invalidPolicy.body.details.causes[0].field).toBe(
      'spec.placement.replicaScheduling.replicaSchedulingType',
    );
  });

  it('needs the namespace of a namespaced create to exist', async () => {
    const { code, body } = await failure(
      clients.core.createNamespacedConfigMap({
        namespace: 'nowhere',
        body: { metadata: { name: 'x' } },
      }),
    );
    expect(code).toBe(404);
    expect(body.message).toBe('namespaces "nowhere" not found');
  });

  it('answers unknown resources with 404, malformed bodies with 400, cluster writes with 405', async () => {
    const unknown = await fetch(
      `${emulator.url}/apis/apps/v1/namespaces/team-a/widgets`,
    );
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      code: 404,
    });
    const malformed = await fetch(
      `${emulator.url}/api/v1/namespaces/team-a/configmaps`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"metadata": ',
      },
    );
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      reason: 'BadRequest',
      code: 400,
    });
    const { code, body } = await failure(
      clients.custom.deleteClusterCustomObject({
        group: 'cluster.karmada.io',
        version: 'v1alpha1',
        plural: 'clusters',
        name: 'aws-us-east-1-prod',
      }),
    );
    expect(code).toBe(405);
    expect(body.reason).toBe('MethodNotAllowed');
  });

  it('rejects unknown fields under fieldValidation=Strict and warns about them otherwise', async () => {
    const body = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'strict' },
      data: { a: 'b' },
      bogus: 1,
    });
    const post = (query: string) =>
      fetch(`${emulator.url}/api/v1/namespaces/team-a/configmaps${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const strict = await post('?fieldValidation=Strict');
    expect(strict.status).toBe(400);
    expect((await strict.json()).message).toBe(
      'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "bogus"',
    );
    const legacy = await post('?validate=strict');
    expect(legacy.status).toBe(400);
    const warned = await post('');
    expect(warned.status).toBe(201);
    expect(warned.headers.get('warning')).toBe(
      '299 - "unknown field \\"bogus\\""',
    );
    expect(await warned.json()).not.toHaveProperty('bogus');
  });

  it('deletes a namespace with its contents', async () => {
    await clients.core.createNamespace({
      body: { metadata: { name: 'doomed' } },
    });
    await clients.core.createNamespacedConfigMap({
      namespace: 'doomed',
      body: { metadata: { name: 'cm' }, data: { a: 'b' } },
    });
    const deleted = await clients.core.deleteNamespace({ name: 'doomed' });
    expect((deleted as { status?: { phase?: string } }).status?.phase).toBe(
      'Terminating',
    );
    await emulator.settled();
    expect(
      (await failure(clients.core.readNamespace({ name: 'doomed' }))).code,
    ).toBe(404);
    expect(emulator.get('v1', 'ConfigMap', 'cm', 'doomed')).toBeUndefined();
  });

  it('lists namespaced resources across namespaces', async () => {
    await clients.core.createNamespacedConfigMap({
      namespace: 'team-b',
      body: { metadata: { name: 'across' } },
    });
    const all = await clients.core.listConfigMapForAllNamespaces({
      fieldSelector: 'metadata.name=across',
    });
    expect(
      all.items.map(c => `${c.metadata?.namespace}/${c.metadata?.name}`),
    ).toEqual(['team-b/across']);
  });

  it('pages lists with limit and continue', async () => {
    const first = await clients.core.listNamespace({ limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.metadata?._continue).toBeTruthy();
    const rest = await clients.core.listNamespace({
      _continue: first.metadata?._continue,
    });
    const all = await clients.core.listNamespace();
    expect([...first.items, ...rest.items].map(n => n.metadata?.name)).toEqual(
      all.items.map(n => n.metadata?.name),
    );
  });

  it('injects the configured faults and counts requests', async () => {
    emulator.resetRequestLog();
    emulator.setFaults({ failRate: 1, faultKinds: ['500'] });
    try {
      const { code, body } = await failure(
        clients.core.readNamespace({ name: 'team-a' }),
      );
      expect(code).toBe(500);
      expect(body).toMatchObject({ reason: 'InternalError', code: 500 });
      emulator.setFaults({ faultKinds: ['reset'] });
      await expect(
        fetch(`${emulator.url}/api/v1/namespaces/team-a`),
      ).rejects.toThrow();
    } finally {
      emulator.setFaults({ failRate: 0 });
    }
    const ok = await clients.core.readNamespace({ name: 'team-a' });
    expect(ok.metadata?.name).toBe('team-a');
    expect(emulator.requestCount).toBe(3);
    expect(emulator.requestLog.map(e => [e.verb, e.fault ?? e.status])).toEqual(
      [
        ['get', '500'],
        ['get', 'reset'],
        ['get', 200],
      ],
    );
  });

  it('logs the query string of each request, so dry runs can be told apart', async () => {
    emulator.resetRequestLog();
    await clients.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: deployment('logged'),
      dryRun: 'All',
      fieldManager: 'backstage',
    });
    await clients.core.readNamespace({ name: 'team-a' });
    const [create, get] = emulator.requestLog;
    expect(create).toMatchObject({ verb: 'create', status: 201 });
    expect(new URLSearchParams(create.query).get('dryRun')).toBe('All');
    expect(new URLSearchParams(create.query).get('fieldManager')).toBe(
      'backstage',
    );
    expect(get).toMatchObject({ verb: 'get', query: '' });
  });

  it('holds requests for timeout faults until the client gives up', async () => {
    emulator.setFaults({ failRate: 1, faultKinds: ['timeout'] });
    try {
      await expect(
        fetch(`${emulator.url}/version`, { signal: AbortSignal.timeout(200) }),
      ).rejects.toThrow();
    } finally {
      emulator.setFaults({ failRate: 0 });
    }
  });
});
