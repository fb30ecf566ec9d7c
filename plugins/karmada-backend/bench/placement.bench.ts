import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { fleetOf, load, report, startStack } from './lib/harness';

// The entity page: GET /workloads/:instance/:namespace/:name/placement with
// 5,000 workloads on 200 clusters. Target: p99 ≤ 20 ms, and no request to
// Karmada per call once the cache is warm.

const CLUSTERS = 200;
const NAMESPACES = 20;
const WORKLOADS = 5000;

function workloads(clusterNames: string[], count: number): KubernetesObject[] {
  const out: KubernetesObject[] = [];
  for (let n = 0; n < NAMESPACES; n++)
    out.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: `team-${n}` },
    });
  for (let i = 0; i < count; i++) {
    const namespace = `team-${i % NAMESPACES}`;
    const name = `app-${i}`;
    const labels = {
      app: name,
      'backstage.io/kubernetes-id': name,
      'app.kubernetes.io/managed-by': 'backstage-karmada',
    };
    const targets = [0, 1, 2].map(
      k => clusterNames[(i * 7 + k * 13) % clusterNames.length],
    );
    out.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace, labels },
      spec: {
        replicas: 2 + (i % 5),
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: {
            containers: [
              {
                name: 'app',
                image: `registry.example.com/app:${i % 10}`,
                resources: { requests: { cpu: '100m', memory: '128Mi' } },
              },
            ],
          },
        },
      },
    });
    out.push({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      metadata: {
        name,
        namespace,
        labels: { 'app.kubernetes.io/managed-by': 'backstage-karmada' },
      },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name },
        ],
        placement: {
          clusterAffinity: { clusterNames: targets },
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            replicaDivisionPreference: 'Weighted',
          },
        },
      },
    });
    if (i % 5 === 0) {
      out.push({
        apiVersion: 'policy.karmada.io/v1alpha1',
        kind: 'OverridePolicy',
        metadata: { name, namespace },
        spec: {
          resourceSelectors: [
            { apiVersion: 'apps/v1', kind: 'Deployment', name },
          ],
          overrideRules: [
            {
              targetCluster: { clusterNames: [targets[0]] },
              overriders: {
                imageOverrider: [
                  { component: 'Tag', operator: 'replace', value: 'canary' },
                ],
              },
            },
          ],
        },
      });
    }
  }
  return out;
}

async function measure(
  stack: { port: number },
  count: number,
  sent: () => number,
  reset: () => void,
) {
  const refs = Array.from({ length: count }, (_, i) => ({
    method: 'GET' as const,
    path: `/workloads/bench/team-${i % NAMESPACES}/app-${i}/placement`,
  }));
  // Warm-up: every workload once (fills the result cache and JIT).
  report(
    '  warm-up, each workload once',
    await load(stack.port, 50, count, refs),
  );
  reset();
  const hot = await load(
    stack.port,
    200,
    20_000,
    refs.map((_, i) => refs[(i * 7919) % count]),
  );
  report('  closed loop, 200 clients, random workloads', hot);
  const paced = await load(
    stack.port,
    200,
    16_000,
    refs.map((_, i) => refs[(i * 104729) % count]),
    { intervalMs: 250 },
  );
  report('  200 users every 250 ms', paced);
  const calls = hot.requests + paced.requests;
  process.stdout.write(
    `  requests sent to Karmada per placement call after warm-up: ${(
      sent() / calls
    ).toFixed(4)} (${sent()} in ${calls} calls)\n`,
  );
  report(
    '  GET /workloads?namespace= (1/20 of the workloads)',
    await load(stack.port, 20, 200, [
      { method: 'GET', path: '/workloads?namespace=team-3' },
    ]),
  );
}

async function main() {
  const fleet = await fleetOf(CLUSTERS, 11);
  // Only ready, untainted clusters, so every workload schedules.
  const ready = fleet.filter(
    c =>
      c.status?.conditions?.some(
        x => x.type === 'Ready' && x.status === 'True',
      ) && !(c.spec?.taints ?? []).length,
  );
  const names = ready.map(c => c.metadata.name);

  const t0 = performance.now();
  const stack = await startStack({ fleet, seed: workloads(names, WORKLOADS) });
  await stack.emulator.settled();
  process.stdout.write(
    `placement, emulator: ${CLUSTERS} clusters, ${WORKLOADS} workloads (seeded, scheduled and synced in ${(
      (performance.now() - t0) /
      1000
    ).toFixed(1)} s)\n`,
  );
  try {
    await measure(
      stack,
      WORKLOADS,
      () => stack.emulator.requestLog.filter(r => r.verb !== 'watch').length,
      () => stack.emulator.resetRequestLog(),
    );
  } finally {
    await stack.stop();
  }
}

main().catch(e => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
