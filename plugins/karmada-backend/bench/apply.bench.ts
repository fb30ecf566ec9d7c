import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { fleetOf, load, report, startStack } from './lib/harness';

// POST /apply against the emulator: requests sent to Karmada per object
// written (target 1), for a first apply, a re-apply, a dry run and a
// change that converges the OverridePolicy away.

const N = 100;
const spec = (i: number, _diff: boolean) => ({
  instance: 'bench',
  namespace: 'team-a',
  name: `svc-${i}`,
  placement: {
    mode: 'labels',
    labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
  },
  replicas: 4,
  scheduling: { type: 'DynamicWeight' },
  containers: [
    {
      name: 'app',
      image: 'registry.example.com/app:1.0',
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
    },
  ],
});

async function main() {
  const fleet = await fleetOf(50, 3);
  const ns: KubernetesObject[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } },
  ];
  const stack = await startStack({ fleet, seed: ns });
  try {
    // A first spec so the differential targets are clusters the preview picks.
    const res = await stack.call('POST', '/preview', { spec: spec(0, false) });
    if (res.status !== 200) throw new Error(res.text);
    const first = JSON.parse(res.text);
    const target: string = first.preview.clusters[0]?.name;
    const withDiff = (i: number) => ({
      ...spec(i, false),
      differential: [{ clusters: [target], image: { tag: '1.1' } }],
    });
    process.stdout.write(
      `apply: ${N} workloads (Deployment + PropagationPolicy + OverridePolicy), 10 concurrent clients\n`,
    );
    const run = async (
      name: string,
      requests: Array<{ method: 'POST'; path: string; body: unknown }>,
    ) => {
      stack.emulator.resetRequestLog();
      const r = await load(stack.port, 10, requests.length, requests);
      const log = stack.emulator.requestLog.filter(e => e.verb !== 'watch');
      const byVerb = log.reduce(
        (acc, e) => ({ ...acc, [e.verb]: (acc[e.verb] ?? 0) + 1 }),
        {} as Record<string, number>,
      );
      return { r, log, byVerb };
    };
    const objects = (n: number, perWorkload: number) => n * perWorkload;
    const show = (
      name: string,
      o: Awaited<ReturnType<typeof run>>,
      objs: number,
    ) =>
      report(
        name,
        o.r,
        `requests/object=${(o.log.length / objs).toFixed(2)} ${JSON.stringify(
          o.byVerb,
        )}`,
      );

    const body = (i: number, extra: Record<string, unknown> = {}) => ({
      method: 'POST' as const,
      path: '/apply',
      body: { spec: withDiff(i), ...extra },
    });
    show(
      'dry run (dryRun=All, nothing persisted)',
      await run(
        'dry',
        Array.from({ length: N }, (_, i) => body(i, { dryRun: true })),
      ),
      objects(N, 3),
    );
    show(
      'first apply (3 objects created)',
      await run(
        'create',
        Array.from({ length: N }, (_, i) => body(i)),
      ),
      objects(N, 3),
    );
    await stack.emulator.settled();
    await new Promise(r => setTimeout(r, 500));
    show(
      're-apply (3 objects unchanged)',
      await run(
        'again',
        Array.from({ length: N }, (_, i) => body(i)),
      ),
      objects(N, 3),
    );
    show(
      'drop differential (OverridePolicy deleted)',
      await run(
        'drop',
        Array.from({ length: N }, (_, i) => ({
          method: 'POST' as const,
          path: '/apply',
          body: { spec: spec(i, false) },
        })),
      ),
      objects(N, 3),
    );
  } finally {
    await stack.stop();
  }
}

main().catch(e => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
