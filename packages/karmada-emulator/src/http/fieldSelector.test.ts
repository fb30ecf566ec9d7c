import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';
import { failure, kubeClients } from '../__testUtils__/kubeClients';

function deployment(namespace: string, name: string): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] },
      },
    },
  };
}

describe('fieldSelector over HTTP', () => {
  let emulator: Emulator;
  let clients: ReturnType<typeof kubeClients>;
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      readyAfterMs: 0,
      seed: [
        ...['team-a', 'team-b', 'team-c'].map(name => ({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name },
        })),
        deployment('team-a', 'api'),
        deployment('team-a', 'web'),
        deployment('team-b', 'api'),
        deployment('team-c', 'worker'),
      ],
    });
    clients = kubeClients(emulator);
  });
  afterAll(() => emulator.close());

  async function deployments(fieldSelector: string): Promise<string[]> {
    const list = await clients.apps.listDeploymentForAllNamespaces({
      fieldSelector,
    });
    return list.items.map(d => `${d.metadata?.namespace}/${d.metadata?.name}`);
  }

  it('filters a cluster-wide list by metadata.namespace', async () => {
    expect(await deployments('')).toEqual([
      'team-a/api',
      'team-a/web',
      'team-b/api',
      'team-c/worker',
    ]);
    expect(await deployments('metadata.namespace=team-a')).toEqual([
      'team-a/api',
      'team-a/web',
    ]);
    expect(await deployments('metadata.namespace==team-b')).toEqual([
      'team-b/api',
    ]);
    expect(await deployments('metadata.namespace!=team-a')).toEqual([
      'team-b/api',
      'team-c/worker',
    ]);
    expect(await deployments('metadata.namespace=nowhere')).toEqual([]);
  });

  it('filters by metadata.name, across namespaces and combined with the namespace', async () => {
    expect(await deployments('metadata.name=api')).toEqual([
      'team-a/api',
      'team-b/api',
    ]);
    expect(
      await deployments('metadata.name=api,metadata.namespace=team-b'),
    ).toEqual(['team-b/api']);
    expect(await deployments('metadata.name!=api')).toEqual([
      'team-a/web',
      'team-c/worker',
    ]);
    const inNamespace = await clients.apps.listNamespacedDeployment({
      namespace: 'team-a',
      fieldSelector: 'metadata.name=web',
    });
    expect(inNamespace.items.map(d => d.metadata?.name)).toEqual(['web']);
  });

  it('applies to a cluster-wide list of custom resources too', async () => {
    const list = (await clients.custom.listClusterCustomObject({
      group: 'cluster.karmada.io',
      version: 'v1alpha1',
      plural: 'clusters',
      fieldSelector: 'metadata.name=aws-us-east-1-prod',
    })) as { items: Array<{ metadata: { name: string } }> };
    expect(list.items.map(c => c.metadata.name)).toEqual([
      'aws-us-east-1-prod',
    ]);
  });

  it('answers an unsupported field with 400 BadRequest naming it, as kube-apiserver does', async () => {
    const { code, body } = await failure(
      clients.apps.listDeploymentForAllNamespaces({
        fieldSelector: 'spec.foo=bar',
      }),
    );
    expect(code).toBe(400);
    expect(body).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'BadRequest',
      code: 400,
      message: 'field label not supported: spec.foo',
    });
    // Also when it follows a supported term.
    const second = await failure(
      clients.apps.listNamespacedDeployment({
        namespace: 'team-a',
        fieldSelector: 'metadata.name=api,status.phase=Running',
      }),
    );
    expect(second.code).toBe(400);
    expect(second.body.message).toBe('field label not supported: status.phase');
  });

  it('answers a malformed selector with 400 BadRequest', async () => {
    const { code, body } = await failure(
      clients.apps.listDeploymentForAllNamespaces({
        fieldSelector: 'metadata.name',
      }),
    );
    expect(code).toBe(400);
    expect(body).toMatchObject({
      reason: 'BadRequest',
      message:
        "invalid selector: 'metadata.name'; can't understand 'metadata.name'",
    });
  });

  it('refuses an unsupported field on a watch before it opens', async () => {
    const response = await fetch(
      `${emulator.url}/apis/apps/v1/deployments?watch=true&fieldSelector=spec.foo%3Dbar`,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
      message: 'field label not supported: spec.foo',
    });
  });
});
