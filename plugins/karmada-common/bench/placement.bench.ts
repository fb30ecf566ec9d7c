/* eslint-disable no-console */
// Median time per placement preview on a prepared fleet snapshot, for three
// placements over generated fleets of 100, 1,000 and 10,000 clusters, and
// the time to prepare a 10,000-cluster snapshot. Run: npm run bench.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Cluster, KubernetesList } from '../src/types';
import {
  createFleetSnapshot,
  previewPlacement,
  validateScheduleRequest,
} from '../src/scheduling';
import type { ScheduleRequest } from '../src/scheduling';

type Fleet = KubernetesList<Cluster>;
interface FleetModule {
  generateFleet(options: { count: number; seed?: number }): Fleet;
}

const SIZES = [100, 1000, 10000];
const TARGET_MS: Record<number, number | undefined> = { 1000: 0.5, 10000: 5 };
const SNAPSHOT_TARGET_MS = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

// Runs `fn` after a warm-up; returns the median wall time of the individual
// runs (process.hrtime.bigint) and, as a cross-check on a busy machine, the
// process CPU time per run (which also counts V8's GC helper threads).
function measure(
  fn: () => unknown,
  budgetMs: number,
): { ms: number; cpu: number; runs: number } {
  const warmUntil = performance.now() + budgetMs / 4;
  while (performance.now() < warmUntil) fn();
  (globalThis as { gc?: () => void }).gc?.();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  const cpuStart = cpuMs();
  while (
    samples.length < 20 ||
    (performance.now() < end && samples.length < 100000)
  ) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    ms: median(samples),
    cpu: (cpuMs() - cpuStart) / samples.length,
    runs: samples.length,
  };
}

function scenarios(
  fleet: Fleet,
): Array<{ name: string; request: ScheduleRequest }> {
  const names = fleet.items.map(c => c.metadata.name);
  const step = Math.max(1, Math.floor(names.length / 50));
  const fifty = names.filter((_, i) => i % step === 0).slice(0, 50);
  const divided = { replicaSchedulingType: 'Divided' };
  return [
    {
      name: '(a) labels+fields+taints, dynamic weight, requests',
      request: validateScheduleRequest({
        replicas: 100,
        replicaRequirements: {
          resourceRequest: { cpu: '500m', memory: '1Gi' },
        },
        placement: {
          clusterAffinity: {
            labelSelector: {
              matchLabels: { env: 'prod' },
              matchExpressions: [
                {
                  key: 'tier',
                  operator: 'In',
                  values: ['frontend', 'backend'],
                },
              ],
            },
            fieldSelector: {
              matchExpressions: [
                {
                  key: 'provider',
                  operator: 'In',
                  values: ['aws', 'gcp', 'azure'],
                },
                { key: 'region', operator: 'NotIn', values: ['sa-east-1'] },
              ],
            },
          },
          clusterTolerations: [
            {
              key: 'dedicated',
              operator: 'Equal',
              value: 'gpu',
              effect: 'NoSchedule',
            },
          ],
          replicaScheduling: {
            ...divided,
            replicaDivisionPreference: 'Weighted',
            weightPreference: { dynamicWeight: 'AvailableReplicas' },
          },
        },
      }),
    },
    {
      name: '(b) spread by region, Aggregated',
      request: validateScheduleRequest({
        replicas: 60,
        replicaRequirements: {
          resourceRequest: { cpu: '250m', memory: '512Mi' },
        },
        placement: {
          spreadConstraints: [
            { spreadByField: 'region', minGroups: 2, maxGroups: 3 },
            { spreadByField: 'cluster', minGroups: 3, maxGroups: 6 },
          ],
          replicaScheduling: {
            ...divided,
            replicaDivisionPreference: 'Aggregated',
          },
        },
      }),
    },
    {
      name: '(c) Duplicated by 50 cluster names',
      request: validateScheduleRequest({
        replicas: 3,
        placement: {
          clusterAffinity: { clusterNames: fifty },
          replicaScheduling: { replicaSchedulingType: 'Duplicated' },
        },
      }),
    },
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map(r => r[c].length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, c) => cell.padEnd(widths[c])).join('  ');
  return [
    line(header),
    widths.map(w => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  const fleetModule = path.resolve(__dirname, '../../../scripts/lib/fleet.mjs');
  const { generateFleet } = (await import(
    pathToFileURL(fleetModule).href
  )) as FleetModule;
  const cells: string[][] = [];
  let snapshotLine = '';
  // One fleet at a time, so each size is measured without the others' memory.
  for (const n of SIZES) {
    const fleet = generateFleet({ count: n, seed: 1 });
    const snapshot = createFleetSnapshot(fleet);
    scenarios(fleet).forEach(({ request }, k) => {
      const preview = previewPlacement(snapshot, request);
      const { ms, cpu } = measure(
        () => previewPlacement(snapshot, request),
        n >= 10000 ? 3000 : 1500,
      );
      const target = TARGET_MS[n];
      let mark = '';
      if (target !== undefined) mark = ms <= target ? ' ok' : ' SLOW';
      const outcome = preview.schedulable
        ? `${preview.clusters.length} cl`
        : preview.error.reason;
      (cells[k] ??= []).push(
        `${ms.toFixed(3)}${mark} (cpu ${cpu.toFixed(3)}, ${outcome})`,
      );
    });
    if (n === 10000) {
      const snap = measure(() => createFleetSnapshot(fleet), 8000);
      const mark = snap.ms <= SNAPSHOT_TARGET_MS ? 'ok' : 'SLOW';
      snapshotLine =
        `snapshot of 10,000 clusters: ${snap.ms.toFixed(1)} ms median over ${
          snap.runs
        } runs ` +
        `(cpu ${snap.cpu.toFixed(
          1,
        )} ms; target <= ${SNAPSHOT_TARGET_MS} ms) ${mark}`;
    }
  }
  const names = scenarios(generateFleet({ count: 100, seed: 1 })).map(
    s => s.name,
  );
  const header = [
    'scenario: median ms per preview',
    ...SIZES.map(n => `${n.toLocaleString('en-US')} clusters`),
  ];
  console.log(
    table(
      header,
      names.map((name, k) => [name, ...cells[k]]),
    ),
  );
  console.log(
    `targets: <= ${TARGET_MS[1000]} ms at 1,000 clusters, <= ${TARGET_MS[10000]} ms at 10,000`,
  );
  console.log(snapshotLine);
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
