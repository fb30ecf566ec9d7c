import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Emulator, startEmulator } from '@karmada-backstage/karmada-emulator';
import {
  Cluster,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaPlugin } from '../../src/plugin';

// Shared by the benches: a fleet, an emulator, the backend with the plugin,
// and a closed-loop load generator (N workers, each sending its next
// request when the previous answered).

/** A deterministic fleet from scripts/lib/fleet.mjs. */
export async function fleetOf(count: number, seed = 7): Promise<Cluster[]> {
  const lib = await import(
    path.resolve(__dirname, '../../../../scripts/lib/fleet.mjs')
  );
  return lib.generateFleet({ count, seed }).items as Cluster[];
}

/** Starts the emulator and a backend pointed at it; waits until the cache is ready. */
export async function startStack(options: {
  fleet: Cluster[];
  seed?: KubernetesObject[];
  emulator?: Partial<Parameters<typeof startEmulator>[0]>;
}) {
  const emulator: Emulator = await startEmulator({
    port: 0,
    fleet: options.fleet,
    seed: options.seed ?? [],
    readyAfterMs: 0,
    log: () => {},
    ...options.emulator,
  });
  const backend = await startBackend(emulator.url);
  return {
    emulator,
    ...backend,
    async stop() {
      await backend.stop();
      await emulator.close();
    },
  };
}

/** Starts a backend with the plugin pointed at `url`; waits until its cache is ready. */
export async function startBackend(url: string) {
  const backend = await startTestBackend({
    features: [
      karmadaPlugin,
      mockServices.rootLogger.factory({ level: 'warn' }),
      mockServices.rootConfig.factory({
        data: {
          karmada: {
            instances: [
              { name: 'bench', url, auth: { type: 'none' }, timeoutMs: 30_000 },
            ],
          },
        },
      }),
    ],
  });
  const port = (backend.server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
  const call = (method: string, p: string, body?: unknown) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: `/api/karmada${p}`,
          agent,
          headers: payload
            ? {
                'content-type': 'application/json',
                'content-length': Buffer.byteLength(payload),
              }
            : {},
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', c => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  for (let i = 0; i < 2400; i++) {
    const res = await call('GET', '/health');
    if (res.status === 200) break;
    await new Promise(r => setTimeout(r, 50));
  }
  return {
    port,
    call,
    async stop() {
      agent.destroy();
      await backend.stop();
    },
  };
}

/** Latency figures in milliseconds. */
export interface LoadResult {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  seconds: number;
  rps: number;
  firstError?: string;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** One request of a load run. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/**
 * Sends `total` requests with `concurrency` workers (request i is
 * `requests[i % requests.length]`) from a worker thread, and summarizes
 * the latencies. Closed loop by default (each client sends its next
 * request when the previous one answered); with `intervalMs` each client
 * sends one request per interval.
 */
export async function load(
  port: number,
  concurrency: number,
  total: number,
  requests: LoadRequest[],
  options: { intervalMs?: number } = {},
): Promise<LoadResult> {
  const worker = new Worker(path.join(__dirname, 'loadWorker.js'), {
    workerData: {
      port,
      concurrency,
      total,
      requests,
      intervalMs: options.intervalMs ?? 0,
    },
    execArgv: [],
  });
  const out = await new Promise<{
    latencies: Float64Array;
    errors: number;
    firstError?: string;
    seconds: number;
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const sorted = Array.from(out.latencies).sort((a, b) => a - b);
  return {
    requests: total,
    errors: out.errors,
    p50: pct(sorted, 50),
    p90: pct(sorted, 90),
    p99: pct(sorted, 99),
    max: sorted[sorted.length - 1],
    seconds: out.seconds,
    rps: total / out.seconds,
    ...(out.firstError ? { firstError: out.firstError } : {}),
  };
}

/** Prints a result row. */
export function report(name: string, r: LoadResult, extra = '') {
  const f = (n: number) => n.toFixed(1).padStart(7);
  process.stdout.write(
    `${name.padEnd(48)} n=${String(r.requests).padStart(6)} err=${String(
      r.errors,
    ).padStart(3)} p50=${f(r.p50)}ms p90=${f(r.p90)}ms p99=${f(
      r.p99,
    )}ms max=${f(r.max)}ms ${r.rps.toFixed(0).padStart(6)} req/s ${extra}\n`,
  );
  if (r.firstError) process.stdout.write(`  first error: ${r.firstError}\n`);
}
