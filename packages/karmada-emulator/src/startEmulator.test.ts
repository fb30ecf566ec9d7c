import { startEmulator } from './startEmulator';
import { Emulator } from './createEmulatorHandle';
import { kubeClients } from './__testUtils__/kubeClients';

describe('startEmulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, readyAfterMs: 0 });
  });
  afterAll(() => emulator.close());

  it('serves discovery the way KubernetesObjectApi needs it', async () => {
    const { objects, core } = kubeClients(emulator);
    // KubernetesObjectApi maps apiVersion and kind to a path through /api/v1 and /apis/GROUP/VERSION.
    const namespace = await objects.read({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'team-a' },
    });
    expect(namespace.metadata?.labels).toEqual({
      'kubernetes.io/metadata.name': 'team-a',
    });
    const clusters = await objects.list(
      'cluster.karmada.io/v1alpha1',
      'Cluster',
    );
    expect(clusters.items).toHaveLength(13);
    const ns = await core.readNamespace({ name: 'team-a' });
    expect(ns.status?.phase).toBe('Active');
  });
});
