import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';
import { kubeClients } from '../__testUtils__/kubeClients';

type Received = {
  type: string;
  name?: string;
  rv?: string;
  code?: number;
  reason?: string;
};

/** Collects a watch's events until `until` holds (or fails after 5 s). */
async function collect(
  emulator: Emulator,
  path: string,
  query: Record<string, string | boolean>,
  act: () => Promise<void>,
  until: (events: Received[]) => boolean,
): Promise<Received[]> {
  const { watch } = kubeClients(emulator);
  const events: Received[] = [];
  let settle: () => void = () => undefined;
  const done = new Promise<void>(resolve => {
    settle = resolve;
  });
  const controller = await watch.watch(
    path,
    query,
    (type, object) => {
      events.push({
        type,
        name: object?.metadata?.name,
        rv: object?.metadata?.resourceVersion,
        code: object?.code,
        reason: object?.reason,
      });
      if (until(events)) settle();
    },
    () => settle(),
  );
  await act();
  const timeout = new Promise<void>((_, reject) =>
    setTimeout(
      () => reject(new Error(`watch saw ${JSON.stringify(events)}`)),
      3000,
    ),
  );
  try {
    await Promise.race([done, timeout]);
  } finally {
    controller.abort();
  }
  return events;
}

describe('watch', () => {
  let emulator: Emulator;
  let clients: ReturnType<typeof kubeClients>;
  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      readyAfterMs: 0,
      historySize: 50,
      bookmarkIntervalMs: 50,
      // Only the namespaces: the example workloads would add watch events.
      seed: ['team-a', 'team-b'].map(name => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      })),
    });
    clients = kubeClients(emulator);
  });
  afterAll(() => emulator.close());

  const configMaps = '/api/v1/namespaces/team-b/configmaps';

  it('sends the current objects as ADDED, then ADDED, MODIFIED and DELETED', async () => {
    await clients.core.createNamespacedConfigMap({
      namespace: 'team-b',
      body: { metadata: { name: 'before' }, data: { a: '1' } },
    });
    const events = await collect(
      emulator,
      configMaps,
      {},
      async () => {
        await clients.core.createNamespacedConfigMap({
          namespace: 'team-b',
          body: { metadata: { name: 'live' }, data: { a: '1' } },
        });
        await clients.core.replaceNamespacedConfigMap({
          namespace: 'team-b',
          name: 'live',
          body: { metadata: { name: 'live' }, data: { a: '2' } },
        });
        await clients.core.deleteNamespacedConfigMap({
          namespace: 'team-b',
          name: 'live',
        });
        await clients.core.deleteNamespacedConfigMap({
          namespace: 'team-b',
          name: 'before',
        });
      },
      e => e.some(x => x.type === 'DELETED' && x.name === 'before'),
    );
    expect(events.map(e => `${e.type} ${e.name}`)).toEqual([
      'ADDED before',
      'ADDED live',
      'MODIFIED live',
      'DELETED live',
      'DELETED before',
    ]);
  });

  it('resumes after a resourceVersion with exactly the later changes', async () => {
    const first = await clients.core.createNamespacedConfigMap({
      namespace: 'team-b',
      body: { metadata: { name: 'r1' } },
    });
    await clients.core.createNamespacedConfigMap({
      namespace: 'team-b',
      body: { metadata: { name: 'r2' } },
    });
    await clients.core.deleteNamespacedConfigMap({
      namespace: 'team-b',
      name: 'r1',
    });
    const events = await collect(
      emulator,
      configMaps,
      { resourceVersion: first.metadata?.resourceVersion ?? '' },
      async () => undefined,
      e => e.length >= 2,
    );
    expect(events.map(e => `${e.type} ${e.name}`)).toEqual([
      'ADDED r2',
      'DELETED r1',
    ]);
    await clients.core.deleteNamespacedConfigMap({
      namespace: 'team-b',
      name: 'r2',
    });
  });

  it('applies label selectors to both sides of a change', async () => {
    const events = await collect(
      emulator,
      configMaps,
      { labelSelector: 'watched=yes' },
      async () => {
        await clients.core.createNamespacedConfigMap({
          namespace: 'team-b',
          body: { metadata: { name: 'sel', labels: { watched: 'no' } } },
        });
        await clients.core.replaceNamespacedConfigMap({
          namespace: 'team-b',
          name: 'sel',
          body: { metadata: { name: 'sel', labels: { watched: 'yes' } } },
        });
        await clients.core.replaceNamespacedConfigMap({
          namespace: 'team-b',
          name: 'sel',
          body: { metadata: { name: 'sel', labels: { watched: 'no' } } },
        });
      },
      e => e.length >= 2,
    );
    expect(events.map(e => `${e.type} ${e.name}`)).toEqual([
      'ADDED sel',
      'DELETED sel',
    ]);
  });

  it('sends no event for a dry-run write', async () => {
    const events = await collect(
      emulator,
      configMaps,
      {
        resourceVersion: String(
          (
            await clients.core.listNamespacedConfigMap({ namespace: 'team-b' })
          ).metadata?.resourceVersion,
        ),
      },
      async () => {
        await clients.core.createNamespacedConfigMap({
          namespace: 'team-b',
          body: { metadata: { name: 'dry' } },
          dryRun: 'All',
        });
        await clients.core.createNamespacedConfigMap({
          namespace: 'team-b',
          body: { metadata: { name: 'wet' } },
        });
      },
      e => e.length >= 1,
    );
    expect(events.map(e => `${e.type} ${e.name}`)).toEqual(['ADDED wet']);
  });

  it('answers a resourceVersion older than the history with an ERROR event carrying 410 Expired', async () => {
    emulator.setHistorySize(3);
    try {
      for (let i = 0; i < 5; i += 1) {
        await clients.core.createNamespacedConfigMap({
          namespace: 'team-b',
          body: { metadata: { name: `churn-${i}` } },
        });
      }
      const events = await collect(
        emulator,
        configMaps,
        { resourceVersion: '1' },
        async () => undefined,
        e => e.length >= 1,
      );
      expect(events).toEqual([
        expect.objectContaining({
          type: 'ERROR',
          code: 410,
          reason: 'Expired',
        }),
      ]);
    } finally {
      emulator.setHistorySize(50);
    }
  });

  it('sends bookmarks when asked', async () => {
    const events = await collect(
      emulator,
      configMaps,
      { allowWatchBookmarks: true, labelSelector: 'none=here' },
      async () => undefined,
      e => e.some(x => x.type === 'BOOKMARK'),
    );
    const bookmark = events.find(e => e.type === 'BOOKMARK');
    expect(Number(bookmark?.rv)).toBeGreaterThan(0);
  });

  it('ends the stream after timeoutSeconds', async () => {
    const events = await collect(
      emulator,
      '/api/v1/namespaces',
      { timeoutSeconds: '1', labelSelector: 'none=here' },
      async () => undefined,
      () => false,
    ).catch(() => 'timed out');
    expect(events).toEqual([]);
  });
});
