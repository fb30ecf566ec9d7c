import { KubernetesObject } from '@kubernetes/client-node';
import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';
import { failure, kubeClients } from '../__testUtils__/kubeClients';

type ApiResource = {
  name: string;
  singularName: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
  shortNames?: string[];
};

const ALL_VERBS = [
  'create',
  'delete',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

describe('API discovery over HTTP', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      readyAfterMs: 0,
      seed: ['team-a'].map(name => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      })),
    });
  });
  afterAll(() => emulator.close());

  async function get(path: string): Promise<{ status: number; body: any }> {
    const response = await fetch(`${emulator.url}${path}`);
    expect(response.headers.get('content-type')).toBe('application/json');
    return { status: response.status, body: await response.json() };
  }

  function resourcesByName(list: {
    resources: ApiResource[];
  }): Record<string, ApiResource> {
    return Object.fromEntries(list.resources.map(r => [r.name, r]));
  }

  it('GET /api lists the core group versions and the server address', async () => {
    const { status, body } = await get('/api');
    expect(status).toBe(200);
    expect(body).toEqual({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [
        { clientCIDR: '0.0.0.0/0', serverAddress: new URL(emulator.url).host },
      ],
    });
  });

  it('GET /apis lists the named groups with their preferred versions', async () => {
    const { status, body } = await get('/apis');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'APIGroupList', apiVersion: 'v1' });
    const groups = Object.fromEntries(
      (
        body.groups as Array<{
          name: string;
          versions: Array<{ groupVersion: string; version: string }>;
          preferredVersion: { groupVersion: string; version: string };
        }>
      ).map(g => [g.name, g]),
    );
    expect(Object.keys(groups).sort()).toEqual([
      'apps',
      'cluster.karmada.io',
      'policy.karmada.io',
      'work.karmada.io',
    ]);
    const version = (groupVersion: string) => ({
      groupVersion,
      version: groupVersion.split('/')[1],
    });
    expect(groups.apps).toEqual({
      name: 'apps',
      versions: [version('apps/v1')],
      preferredVersion: version('apps/v1'),
    });
    expect(groups['policy.karmada.io']).toEqual({
      name: 'policy.karmada.io',
      versions: [version('policy.karmada.io/v1alpha1')],
      preferredVersion: version('policy.karmada.io/v1alpha1'),
    });
    expect(groups['cluster.karmada.io']).toEqual({
      name: 'cluster.karmada.io',
      versions: [version('cluster.karmada.io/v1alpha1')],
      preferredVersion: version('cluster.karmada.io/v1alpha1'),
    });
    // ResourceBinding is served at v1alpha2, Work at v1alpha1; v1alpha2 is preferred.
    expect(groups['work.karmada.io'].preferredVersion).toEqual(
      version('work.karmada.io/v1alpha2'),
    );
    expect(
      groups['work.karmada.io'].versions.map(v => v.groupVersion).sort(),
    ).toEqual(['work.karmada.io/v1alpha1', 'work.karmada.io/v1alpha2']);
  });

  it('GET /apis/GROUP describes one group and 404s an unknown one', async () => {
    const { status, body } = await get('/apis/policy.karmada.io');
    expect(status).toBe(200);
    expect(body).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'policy.karmada.io',
      versions: [
        { groupVersion: 'policy.karmada.io/v1alpha1', version: 'v1alpha1' },
      ],
      preferredVersion: {
        groupVersion: 'policy.karmada.io/v1alpha1',
        version: 'v1alpha1',
      },
    });
    const unknown = await get('/apis/example.com');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      code: 404,
    });
  });

  it('GET /apis/policy.karmada.io/v1alpha1 lists the four policy kinds with scope, kind and verbs', async () => {
    const { status, body } = await get('/apis/policy.karmada.io/v1alpha1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'APIResourceList',
      groupVersion: 'policy.karmada.io/v1alpha1',
    });
    const resources = resourcesByName(body);
    expect(Object.keys(resources).sort()).toEqual([
      'clusteroverridepolicies',
      'clusterpropagationpolicies',
      'overridepolicies',
      'propagationpolicies',
    ]);
    expect(resources.propagationpolicies).toMatchObject({
      singularName: 'propagationpolicy',
      namespaced: true,
      kind: 'PropagationPolicy',
      shortNames: ['pp'],
    });
    expect(resources.overridepolicies).toMatchObject({
      singularName: 'overridepolicy',
      namespaced: true,
      kind: 'OverridePolicy',
      shortNames: ['op'],
    });
    expect(resources.clusterpropagationpolicies).toMatchObject({
      singularName: 'clusterpropagationpolicy',
      namespaced: false,
      kind: 'ClusterPropagationPolicy',
      shortNames: ['cpp'],
    });
    expect(resources.clusteroverridepolicies).toMatchObject({
      singularName: 'clusteroverridepolicy',
      namespaced: false,
      kind: 'ClusterOverridePolicy',
      shortNames: ['cop'],
    });
    for (const resource of Object.values(resources))
      expect([...resource.verbs].sort()).toEqual(ALL_VERBS);
  });

  it('GET /api/v1 lists namespaces, configmaps, secrets and services', async () => {
    const { status, body } = await get('/api/v1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'APIResourceList', groupVersion: 'v1' });
    const resources = resourcesByName(body);
    expect(resources.namespaces).toMatchObject({
      singularName: 'namespace',
      namespaced: false,
      kind: 'Namespace',
      shortNames: ['ns'],
    });
    expect(resources.configmaps).toMatchObject({
      namespaced: true,
      kind: 'ConfigMap',
      shortNames: ['cm'],
    });
    expect(resources.secrets).toMatchObject({
      namespaced: true,
      kind: 'Secret',
    });
    expect(resources.services).toMatchObject({
      namespaced: true,
      kind: 'Service',
      shortNames: ['svc'],
    });
    for (const name of ['namespaces', 'configmaps', 'secrets', 'services'])
      expect([...resources[name].verbs].sort()).toEqual(ALL_VERBS);
  });

  it('marks the kinds only Karmada writes (and the fleet) read-only', async () => {
    const work = resourcesByName(
      (await get('/apis/work.karmada.io/v1alpha2')).body,
    );
    expect(work.resourcebindings).toMatchObject({
      kind: 'ResourceBinding',
      namespaced: true,
      verbs: ['get', 'list', 'watch'],
    });
    const works = resourcesByName(
      (await get('/apis/work.karmada.io/v1alpha1')).body,
    );
    expect(works.works).toMatchObject({
      kind: 'Work',
      namespaced: true,
      verbs: ['get', 'list', 'watch'],
    });
    const clusters = resourcesByName(
      (await get('/apis/cluster.karmada.io/v1alpha1')).body,
    );
    expect(clusters.clusters).toMatchObject({
      kind: 'Cluster',
      namespaced: false,
      verbs: ['get', 'list', 'watch'],
    });
    const apps = resourcesByName((await get('/apis/apps/v1')).body);
    expect(apps.deployments).toMatchObject({
      kind: 'Deployment',
      namespaced: true,
    });
    expect((await get('/apis/policy.karmada.io/v1')).status).toBe(404);
  });

  it('lets KubernetesObjectApi map kinds to namespaced and cluster-wide paths through discovery', async () => {
    const { objects } = kubeClients(emulator);
    const placement = {
      resourceSelectors: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'discovered' },
      ],
      placement: {
        clusterAffinity: { clusterNames: ['aws-us-east-1-prod'] },
      },
    };
    const namespaced = await objects.create({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      metadata: { name: 'discovered', namespace: 'team-a' },
      spec: placement,
    } as KubernetesObject);
    expect(namespaced.metadata?.namespace).toBe('team-a');
    expect(
      emulator.get(
        'policy.karmada.io/v1alpha1',
        'PropagationPolicy',
        'discovered',
        'team-a',
      ),
    ).toBeDefined();
    const clusterWide = await objects.create({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'ClusterPropagationPolicy',
      metadata: { name: 'discovered' },
      spec: placement,
    } as KubernetesObject);
    expect(clusterWide.metadata?.namespace).toBeUndefined();
    expect(
      emulator.get(
        'policy.karmada.io/v1alpha1',
        'ClusterPropagationPolicy',
        'discovered',
      ),
    ).toBeDefined();
    const policies = await objects.list(
      'policy.karmada.io/v1alpha1',
      'PropagationPolicy',
      'team-a',
    );
    expect(policies.items.map(p => p.metadata?.name)).toEqual(['discovered']);
    const bindings = await objects.list(
      'work.karmada.io/v1alpha2',
      'ResourceBinding',
    );
    expect(Array.isArray(bindings.items)).toBe(true);
    // A kind discovery does not name is refused before any request is made for it.
    await expect(
      objects.list('policy.karmada.io/v1alpha1', 'Widget'),
    ).rejects.toThrow(
      'Unrecognized API version and kind: policy.karmada.io/v1alpha1 Widget',
    );
    // Writes to read-only kinds are refused by the server.
    const { code, body } = await failure(
      objects.delete({
        apiVersion: 'cluster.karmada.io/v1alpha1',
        kind: 'Cluster',
        metadata: { name: 'aws-us-east-1-prod' },
      }),
    );
    expect(code).toBe(405);
    expect(body.reason).toBe('MethodNotAllowed');
  });
});
