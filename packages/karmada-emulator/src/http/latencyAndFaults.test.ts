import { performance } from 'node:perf_hooks';
import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';
import { failure, kubeClients } from '../__testUtils__/kubeClients';

const LATENCY_MS = 150;

const seed = ['team-a'].map(name => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name },
}));

/** How long `call` takes, in milliseconds. */
async function elapsed(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/** Milliseconds from opening a watch to its first event. */
async function firstWatchEvent(emulator: Emulator, path: string) {
  const { watch } = kubeClients(emulator);
  const start = performance.now();
  let resolveFirst: (event: { type: string; ms: number }) => void = () =>
    undefined;
  const first = new Promise<{ type: string; ms: number }>(resolve => {
    resolveFirst = resolve;
  });
  const controller = await watch.watch(
    path,
    {},
    type => resolveFirst({ type, ms: performance.now() - start }),
    () => undefined,
  );
  try {
    return await first;
  } finally {
    controller.abort();
  }
}

describe('latency over HTTP', () => {
  describe('started with latencyMs', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({
        port: 0,
        readyAfterMs: 0,
        seed,
        latencyMs: LATENCY_MS,
      });
    });
    afterAll(() => emulator.close());

    it('delays every kind of response by at least the latency', async () => {
      const { core } = kubeClients(emulator);
      expect(
        await elapsed(() => core.readNamespace({ name: 'team-a' })),
      ).toBeGreaterThanOrEqual(LATENCY_MS);
      expect(await elapsed(() => core.listNamespace())).toBeGreaterThanOrEqual(
        LATENCY_MS,
      );
      expect(
        await elapsed(() =>
          core.createNamespacedConfigMap({
            namespace: 'team-a',
            body: { metadata: { name: 'slow' } },
          }),
        ),
      ).toBeGreaterThanOrEqual(LATENCY_MS);
      // Errors and discovery wait too.
      expect(
        await elapsed(() =>
          failure(core.readNamespace({ name: 'nowhere' })).then(({ code }) =>
            expect(code).toBe(404),
          ),
        ),
      ).toBeGreaterThanOrEqual(LATENCY_MS);
      expect(
        await elapsed(() => fetch(`${emulator.url}/apis`)),
      ).toBeGreaterThanOrEqual(LATENCY_MS);
      expect(emulator.faults.latencyMs).toBe(LATENCY_MS);
    });

    it('delays a watch: its first event arrives after the latency', async () => {
      const event = await firstWatchEvent(emulator, '/api/v1/namespaces');
      expect(event.type).toBe('ADDED');
      expect(event.ms).toBeGreaterThanOrEqual(LATENCY_MS);
    });
  });

  describe('set at run time with setFaults', () => {
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({ port: 0, readyAfterMs: 0, seed });
    });
    afterAll(() => emulator.close());
    afterEach(() => emulator.setFaults({ latencyMs: 0 }));

    it('delays requests and watches from then on', async () => {
      const { core } = kubeClients(emulator);
      emulator.setFaults({ latencyMs: LATENCY_MS });
      expect(
        await elapsed(() => core.readNamespace({ name: 'team-a' })),
      ).toBeGreaterThanOrEqual(LATENCY_MS);
      const event = await firstWatchEvent(emulator, '/api/v1/namespaces');
      expect(event.ms).toBeGreaterThanOrEqual(LATENCY_MS);
    });
  });
});

describe("faults with spread 'even' over HTTP", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, readyAfterMs: 0, seed });
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.setFaults({ failRate: 0, spread: 'random' }));

  it('fails exactly half of a run of requests with 500 InternalError', async () => {
    const { core } = kubeClients(emulator);
    emulator.resetRequestLog();
    emulator.setFaults({ spread: 'even', failRate: 0.5 });
    const outcomes: Array<{ code: number; body?: any }> = [];
    for (let i = 0; i < 20; i += 1) {
      const read = core.readNamespace({ name: 'team-a' });
      // A success is recorded as 200; a failure as the client saw it.
      outcomes.push(
        await read.then(
          () => ({ code: 200 }),
          () => failure(read),
        ),
      );
    }
    const failed = outcomes.filter(o => o.code !== 200);
    expect(failed).toHaveLength(10);
    for (const { code, body } of failed) {
      expect(code).toBe(500);
      expect(body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Internal error occurred: injected fault',
        reason: 'InternalError',
        details: { causes: [{ message: 'injected fault' }] },
        code: 500,
      });
    }
    // Spread evenly: every prefix of the run holds half its length in failures.
    for (let n = 2; n <= outcomes.length; n += 2)
      expect(outcomes.slice(0, n).filter(o => o.code !== 200)).toHaveLength(
        n / 2,
      );
    // The request log agrees with what the client saw.
    expect(emulator.requestLog.map(e => e.fault ?? e.status)).toEqual(
      outcomes.map(o => (o.code === 200 ? 200 : '500')),
    );
  });

  it('fails exactly half of concurrent requests too', async () => {
    emulator.setFaults({ spread: 'even', failRate: 0.5 });
    const statuses = await Promise.all(
      Array.from({ length: 16 }, () =>
        fetch(`${emulator.url}/api/v1/namespaces/team-a`).then(r => r.status),
      ),
    );
    expect(statuses.filter(s => s === 500)).toHaveLength(8);
    expect(statuses.filter(s => s === 200)).toHaveLength(8);
  });
});
