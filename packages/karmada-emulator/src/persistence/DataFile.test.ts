import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../startEmulator';
import { kubeClients } from '../__testUtils__/kubeClients';

describe('--data persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'karmada-emulator-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps objects and the resourceVersion counter across restarts, and does not seed again', async () => {
    const dataFile = path.join(dir, 'state.json');
    const first = await startEmulator({ port: 0, dataFile, readyAfterMs: 0 });
    const { core } = kubeClients(first);
    const created = await core.createNamespacedConfigMap({
      namespace: 'team-a',
      body: { metadata: { name: 'kept' }, data: { a: '1' } },
    });
    await core.deleteNamespace({ name: 'team-b' });
    await first.settled();
    await first.close();
    expect(fs.existsSync(dataFile)).toBe(true);

    const second = await startEmulator({ port: 0, dataFile, readyAfterMs: 0 });
    try {
      const client = kubeClients(second).core;
      const kept = await client.readNamespacedConfigMap({
        namespace: 'team-a',
        name: 'kept',
      });
      expect(kept.metadata?.uid).toBe(created.metadata?.uid);
      expect(kept.data).toEqual({ a: '1' });
      const namespaces = (await client.listNamespace()).items.map(
        n => n.metadata?.name,
      );
      expect(namespaces).not.toContain('team-b');
      const next = await client.createNamespacedConfigMap({
        namespace: 'team-a',
        body: { metadata: { name: 'later' } },
      });
      expect(Number(next.metadata?.resourceVersion)).toBeGreaterThan(
        Number(created.metadata?.resourceVersion),
      );
    } finally {
      await second.close();
    }
  });
});
