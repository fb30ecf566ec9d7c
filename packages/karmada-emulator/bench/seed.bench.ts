/* eslint-disable no-console */
// Seeding the emulator: the time to apply N workloads (Deployment +
// PropagationPolicy each, varied placements, some OverridePolicies and
// propagated ConfigMaps) and reach a settled state on 200 generated
// clusters, for N = 500, 1,000 and 5,000, programmatically
// (`emulator.apply`) and through the HTTP API (server-side apply, 8 clients);
// then the steady-state cost of one more apply at the largest N.
// Run: npm run bench -- seed   (sizes: node … seed.bench.ts 250 500)
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  Cluster,
  KubernetesObject,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { startEmulator } from '../src/startEmulator';
import { Emulator } from '../src/createEmulatorHandle';
import { applyOverHttp } from './lib/applyOverHttp';
import {
  benchNamespaces,
  benchWorkload,
  benchWorkloads,
  schedulableNames,
} from './lib/benchWorkloads';

const CLUSTERS = 200;
const DEFAULT_SIZES = [500, 1000, 5000];
const TARGET_SECONDS = 60;
const STEADY_RUNS = 20;
const HTTP_CLIENTS = 8;

interface FleetModule {
  generateFleet(options: { count: number; seed?: number }): {
    items: Cluster[];
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function newEmulator(fleet: Cluster[]): Promise<Emulator> {
  const emulator = await startEmulator({
    port: 0,
    fleet,
    seed: false,
    readyAfterMs: 0,
    log: message => console.error(message),
  });
  emulator.apply(benchNamespaces());
  await emulator.settled();
  return emulator;
}

/** What the control loop produced, so a fast run is also a correct one. */
function outcome(emulator: Emulator): string {
  const bindings = emulator.list(
    'work.karmada.io/v1alpha2',
    'ResourceBinding',
  ) as unknown as ResourceBinding[];
  const scheduled = bindings.filter(b =>
    b.status?.conditions?.some(
      c => c.type === 'Scheduled' && c.status === 'True',
    ),
  ).length;
  const applied = bindings.filter(b =>
    b.status?.conditions?.some(
      c => c.type === 'FullyApplied' && c.status === 'True',
    ),
  ).length;
  const works = emulator.list('work.karmada.io/v1alpha1', 'Work').length;
  return `${bindings.length} bindings (${scheduled} scheduled, ${applied} fully applied), ${works} works`;
}

async function seconds(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

async function steadyState(
  emulator: Emulator,
  n: number,
  names: string[],
): Promise<string[]> {
  const added: number[] = [];
  const changed: number[] = [];
  for (let k = 0; k < STEADY_RUNS; k++) {
    const objects = benchWorkload(n + k, names);
    added.push(
      await seconds(async () => {
        emulator.apply(objects);
        await emulator.settled();
      }),
    );
    const deployment = benchWorkload(k * 37, names).find(
      o => o.kind === 'Deployment',
    ) as KubernetesObject;
    (deployment.spec as { replicas: number }).replicas = 10 + k;
    changed.push(
      await seconds(async () => {
        emulator.apply(deployment);
        await emulator.settled();
      }),
    );
  }
  const ms = (s: number[]) => `${(median(s) * 1000).toFixed(1)} ms`;
  return [
    `  one more workload applied and settled: median ${ms(
      added,
    )} over ${STEADY_RUNS}`,
    `  one Deployment's replicas changed and settled: median ${ms(
      changed,
    )} over ${STEADY_RUNS}`,
  ];
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  const ns = sizes.length ? sizes : DEFAULT_SIZES;
  const fleetModule = path.resolve(__dirname, '../../../scripts/lib/fleet.mjs');
  const { generateFleet } = (await import(
    pathToFileURL(fleetModule).href
  )) as FleetModule;
  const fleet = generateFleet({ count: CLUSTERS, seed: 11 }).items;
  const names = schedulableNames(fleet);
  console.log(
    `seed: ${CLUSTERS} clusters (${names.length} ready and untainted), workloads in 20 namespaces`,
  );
  for (const n of ns) {
    const objects = benchWorkloads(0, n, names);
    for (const via of ['apply()', 'HTTP'] as const) {
      const emulator = await newEmulator(fleet);
      try {
        const took = await seconds(async () => {
          if (via === 'HTTP')
            await applyOverHttp(emulator.url, objects, HTTP_CLIENTS);
          else emulator.apply(objects);
          await emulator.settled();
        });
        let mark = '';
        if (n >= 5000) mark = took < TARGET_SECONDS ? ' ok' : ' SLOW';
        console.log(
          `${String(n).padStart(5)} workloads via ${via.padEnd(7)} ${took
            .toFixed(1)
            .padStart(6)} s${mark}  (${objects.length} objects; ${outcome(
            emulator,
          )}; heap ${Math.round(
            process.memoryUsage().heapUsed / 2 ** 20,
          )} MiB)`,
        );
        if (via === 'apply()' && n === Math.max(...ns))
          (await steadyState(emulator, n, names)).forEach(l => console.log(l));
      } finally {
        await emulator.close();
      }
      (globalThis as { gc?: () => void }).gc?.();
    }
  }
  console.log(
    `target: 5,000 workloads seeded and settled in < ${TARGET_SECONDS} s`,
  );
  console.log(
    `load average: ${os.loadavg()[0].toFixed(1)} on ${
      os.cpus().length
    } CPUs (a busy machine inflates wall times)`,
  );
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
