import { fleetOf, load, report, startStack } from './lib/harness';

// The form's hot path: POST /preview over a 1,000-cluster fleet with 200
// concurrent clients. Target: p99 ≤ 50 ms, 0 errors, no request to Karmada.

const PLACEMENTS = [
  {
    clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
    replicaScheduling: {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
      weightPreference: { dynamicWeight: 'AvailableReplicas' },
    },
  },
  {
    clusterAffinity: {
      fieldSelector: {
        matchExpressions: [
          { key: 'provider', operator: 'In', values: ['aws', 'gcp'] },
        ],
      },
    },
    spreadConstraints: [
      { spreadByField: 'region', maxGroups: 3, minGroups: 2 },
      { spreadByField: 'cluster', maxGroups: 6, minGroups: 3 },
    ],
    replicaScheduling: {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Aggregated',
    },
  },
  {
    clusterAffinity: {
      labelSelector: {
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['frontend', 'backend'] },
        ],
      },
    },
    replicaScheduling: { replicaSchedulingType: 'Duplicated' },
    spreadConstraints: [
      { spreadByField: 'cluster', maxGroups: 5, minGroups: 1 },
    ],
  },
  {
    clusterAffinity: { labelSelector: { matchLabels: { team: 'payments' } } },
    clusterTolerations: [
      {
        key: 'dedicated',
        operator: 'Equal',
        value: 'gpu',
        effect: 'NoSchedule',
      },
    ],
    replicaScheduling: {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
    },
  },
];

function body(i: number, distinct: number) {
  const k = i % distinct;
  return {
    placement: PLACEMENTS[k % PLACEMENTS.length],
    replicas: 3 + (k % 25),
    replicaRequirements: {
      resourceRequest: {
        cpu: `${100 + (k % 7) * 50}m`,
        memory: `${128 * (1 + (k % 4))}Mi`,
      },
    },
  };
}

async function main() {
  const CLUSTERS = 1000;
  const stack = await startStack({ fleet: await fleetOf(CLUSTERS) });
  try {
    process.stdout.write(
      `preview: ${CLUSTERS} clusters, 200 concurrent clients\n`,
    );
    const requests = (n: number, offset = 0) =>
      Array.from({ length: n }, (_, i) => ({
        method: 'POST' as const,
        path: '/preview',
        body: body(i + offset, 1_000_000_000),
      }));
    await load(stack.port, 50, 400, requests(100)); // warm-up (JIT)
    stack.emulator.resetRequestLog();
    // 200 clients, each sending its next request as soon as the previous
    // one answered (the hardest reading of "200 concurrent requests").
    report(
      'closed loop, 100 distinct requests',
      await load(stack.port, 200, 20_000, requests(100)),
    );
    report(
      'closed loop, every request distinct',
      await load(stack.port, 200, 4_000, requests(4_000, 1_000_000)),
    );
    // 200 users typing into a form debounced at 250 ms: 800 requests/s offered.
    report(
      '200 users every 250 ms, 100 distinct',
      await load(stack.port, 200, 16_000, requests(100), { intervalMs: 250 }),
    );
    report(
      '200 users every 250 ms, every request distinct',
      await load(stack.port, 200, 4_000, requests(4_000, 2_000_000), {
        intervalMs: 250,
      }),
    );
    // The floor: the same load on routes that do almost nothing, so the
    // preview's figures can be read against what Backstage's HTTP stack
    // (express, auth, the permission check) costs on this machine.
    report(
      'reference: closed loop, GET /health',
      await load(stack.port, 200, 20_000, [{ method: 'GET', path: '/health' }]),
    );
    report(
      'reference: closed loop, GET /instances',
      await load(stack.port, 200, 20_000, [
        { method: 'GET', path: '/instances' },
      ]),
    );
    const toKarmada = stack.emulator.requestLog.filter(
      r => r.verb !== 'watch',
    ).length;
    process.stdout.write(
      `requests sent to Karmada during the runs: ${toKarmada}\n`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch(e => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
