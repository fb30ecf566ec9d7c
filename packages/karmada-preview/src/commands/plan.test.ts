import YAML from 'yaml';
import { runCommand } from '../testUtils/runCommand';
import { writeFiles as files } from '../testUtils/writeFiles';
import { plan } from './plan';

const cluster = (
  name: string,
  options: { env: string; pods: number; taint?: boolean },
) => ({
  apiVersion: 'cluster.karmada.io/v1alpha1',
  kind: 'Cluster',
  metadata: { name, labels: { env: options.env } },
  spec: {
    provider: 'aws',
    region: 'us-east-1',
    zones: ['us-east-1a'],
    ...(options.taint && {
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
    }),
  },
  status: {
    apiEnablements: [
      {
        groupVersion: 'apps/v1',
        resources: [{ name: 'deployments', kind: 'Deployment' }],
      },
    ],
    resourceSummary: { allocatable: { pods: `${options.pods}`, cpu: '8' } },
  },
});

const policy = (placement: unknown, name = 'web') => ({
  apiVersion: 'policy.karmada.io/v1alpha1',
  kind: 'PropagationPolicy',
  metadata: { name: 'web-pp', namespace: 'shop' },
  spec: {
    resourceSelectors: [{ apiVersion: 'apps/v1', kind: 'Deployment', name }],
    placement,
  },
});

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    replicas: 4,
    template: {
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            resources: { requests: { cpu: '500m' } },
          },
        ],
      },
    },
  },
};

const run = (args: string[]) => runCommand(plan, args);

const fleet = {
  kind: 'ClusterList',
  items: [
    cluster('prod-a', { env: 'prod', pods: 30 }),
    cluster('prod-b', { env: 'prod', pods: 10 }),
    cluster('dev-a', { env: 'dev', pods: 50 }),
    cluster('gpu', { env: 'prod', pods: 50, taint: true }),
  ],
};
const dynamic = {
  clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

describe('karmada-preview plan', () => {
  it('prints where each replica goes and why the other clusters are left out', async () => {
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy(dynamic),
      'web.yaml': deployment,
    });
    const result = await run([
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      f['web.yaml'],
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(
      'Deployment shop/web: 4 replicas, each requesting cpu 500m',
    );
    expect(lines[1]).toMatch(
      /^PropagationPolicy shop\/web-pp: Divided by available replicas/,
    );
    expect(result.stdout).toContain(
      'Scheduled to 2 cluster(s), 4 replica(s) in total.',
    );
    const row = (name: string) =>
      lines.find(l => l.startsWith(`${name} `))?.replace(/\s+/g, ' ');
    expect(row('prod-a')).toBe('prod-a aws/us-east-1/us-east-1a 2 16 selected');
    expect(row('prod-b')).toBe('prod-b aws/us-east-1/us-east-1a 2 10 selected');
    expect(row('dev-a')).toBe(
      'dev-a aws/us-east-1/us-east-1a - 16 filtered: label env is dev, not one of prod',
    );
    expect(row('gpu')).toBe(
      'gpu aws/us-east-1/us-east-1a - 16 filtered: untolerated taint dedicated=gpu:NoSchedule',
    );
    // Selected clusters first, in Karmada's order.
    expect(lines.findIndex(l => l.startsWith('prod-a'))).toBeLessThan(
      lines.findIndex(l => l.startsWith('dev-a')),
    );
  });

  it('prints the structured plan as JSON or YAML, with the override policies parsed', async () => {
    const override = {
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'OverridePolicy',
      metadata: { name: 'o' },
      spec: {},
    };
    const f = files({
      'fleet.json': fleet,
      'pp.yaml': policy(dynamic),
      'web.yaml': deployment,
      'op.yaml': override,
    });
    const json = await run([
      '--clusters',
      f['fleet.json'],
      '--policy',
      f['pp.yaml'],
      '--overrides',
      f['op.yaml'],
      f['web.yaml'],
      '-o',
      'json',
    ]);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.workload).toEqual({
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop',
      replicas: 4,
      replicaRequirements: { resourceRequest: { cpu: '500m' } },
    });
    expect(parsed.preview.clusters).toEqual([
      { name: 'prod-a', replicas: 2 },
      { name: 'prod-b', replicas: 2 },
    ]);
    expect(parsed.overridePolicies).toEqual([override]);
    const yaml = await run([
      '--clusters',
      f['fleet.json'],
      '--policy',
      f['pp.yaml'],
      f['web.yaml'],
      '-o',
      'yaml',
    ]);
    expect(YAML.parse(yaml.stdout).preview.clusters).toEqual(
      parsed.preview.clusters,
    );
  });

  it('reports ties', async () => {
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy({
        clusterAffinity: { clusterNames: ['prod-a', 'prod-b'] },
        replicaScheduling: { replicaSchedulingType: 'Divided' },
      }),
      'web.yaml': { ...deployment, spec: { ...deployment.spec, replicas: 3 } },
    });
    const result = await run([
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      f['web.yaml'],
    ]);
    expect(result.stdout).toContain(
      "Tie: prod-a, prod-b get prod-a=2 prod-b=1 or prod-a=1 prod-b=2, depending on the ResourceBinding's UID.",
    );
    expect(result.stderr).toBe('');
  });

  describe('a policy that does not select the Deployment', () => {
    const WARNING =
      'karmada-preview: warning: PropagationPolicy web-pp does not select Deployment web (resourceSelectors[0]: name api, not web): Karmada would not propagate it with this policy\n';

    it.each([
      ['table', (out: string) => out],
      ['json', (out: string) => JSON.parse(out).notes[0]],
    ])(
      'warns on stderr and says so in the %s output, exit 0',
      async (output, note) => {
        const f = files({
          'fleet.yaml': fleet,
          'pp.yaml': policy(dynamic, 'api'),
          'web.yaml': deployment,
        });
        const result = await run([
          '--clusters',
          f['fleet.yaml'],
          '--policy',
          f['pp.yaml'],
          f['web.yaml'],
          '-o',
          output,
        ]);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe(WARNING);
        expect(note(result.stdout)).toContain(
          'PropagationPolicy web-pp does not select Deployment web (resourceSelectors[0]: name api, not web)',
        );
      },
    );

    it('does not present the preview as Karmada’s schedule', async () => {
      const f = files({
        'fleet.yaml': fleet,
        'pp.yaml': policy(dynamic, 'api'),
        'web.yaml': deployment,
      });
      const result = await run([
        '--clusters',
        f['fleet.yaml'],
        '--policy',
        f['pp.yaml'],
        f['web.yaml'],
      ]);
      const lines = result.stdout.split('\n');
      const at = lines.findIndex(l => l.startsWith('Scheduled to'));
      expect(lines[at - 1]).toBe(
        'Not propagated: the PropagationPolicy does not select this Deployment (see Warnings), so Karmada would not schedule it with this policy. Were it selected:',
      );
      expect(
        JSON.parse(
          (
            await run([
              '--clusters',
              f['fleet.yaml'],
              '--policy',
              f['pp.yaml'],
              f['web.yaml'],
              '-o',
              'json',
            ])
          ).stdout,
        ).policy.selectsWorkload,
      ).toBe(false);
    });

    it('stays quiet when the policy selects it', async () => {
      const f = files({
        'fleet.yaml': fleet,
        'pp.yaml': policy(dynamic),
        'web.yaml': deployment,
      });
      const result = await run([
        '--clusters',
        f['fleet.yaml'],
        '--policy',
        f['pp.yaml'],
        f['web.yaml'],
      ]);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain('Not propagated');
    });
  });

  it('prints what each selected cluster receives after the overrides', async () => {
    const rule = (name: string, overriders: unknown) => ({
      targetCluster: { clusterNames: [name] },
      overriders,
    });
    const overrides = {
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'OverridePolicy',
      metadata: { name: 'web-op', namespace: 'shop' },
      spec: {
        overrideRules: [
          rule('prod-a', {
            imageOverrider: [
              { component: 'Tag', operator: 'replace', value: '1.27' },
            ],
          }),
          rule('prod-b', {
            plaintext: [
              { path: '/spec/template/spec/nope', operator: 'remove' },
            ],
          }),
        ],
      },
    };
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy(dynamic),
      'web.yaml': deployment,
      'op.yaml': overrides,
    });
    const args = [
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      '--overrides',
      f['op.yaml'],
      f['web.yaml'],
    ];
    const table = await run(args);
    expect(table.code).toBe(0);
    const section = table.stdout.slice(
      table.stdout.indexOf('What each cluster receives'),
    );
    expect(section.split('\n')).toEqual([
      'What each cluster receives, compared with the template:',
      '',
      'prod-a (2 replicas)',
      '  replicas: 4 → 2 (scheduling)',
      '  ~ spec.template.spec.containers[web].image: nginx → nginx:1.27   (OverridePolicy shop/web-op, overrideRules[0], imageOverrider[0])',
      '',
      expect.stringMatching(
        /^prod-b \(2 replicas\): gets no manifest, the overrides fail \(JSONPatchError\): OverridePolicy shop\/web-op rule 1 plaintext: /,
      ),
      '',
    ]);

    const json = JSON.parse((await run([...args, '-o', 'json'])).stdout);
    expect(json.clusters).toEqual([
      {
        name: 'prod-a',
        replicas: 2,
        replicaRevision: { before: 4, after: 2 },
        changes: [expect.objectContaining({ after: 'nginx:1.27' })],
        appliedPolicies: [
          {
            kind: 'OverridePolicy',
            namespace: 'shop',
            name: 'web-op',
            ruleIndexes: [0],
          },
        ],
        manifest: expect.objectContaining({ kind: 'Deployment' }),
      },
      {
        name: 'prod-b',
        replicas: 2,
        replicaRevision: { before: 4, after: 2 },
        changes: [],
        appliedPolicies: [],
        error: {
          reason: 'JSONPatchError',
          message: expect.stringContaining('rule 1 plaintext'),
        },
      },
    ]);
    expect(json.clusters[0].manifest.spec.replicas).toBe(2);
  });

  it('exits 2 naming the file and field of a malformed override policy', async () => {
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy(dynamic),
      'web.yaml': deployment,
      'op.yaml': {
        kind: 'ClusterOverridePolicy',
        metadata: { name: 'c' },
        spec: { overrideRules: [{ overriders: { imageOverrider: {} } }] },
      },
    });
    const result = await run([
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      '--overrides',
      f['op.yaml'],
      f['web.yaml'],
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `karmada-preview: ${f['op.yaml']}: spec.overrideRules[0].overriders.imageOverrider: must be a list\n`,
    );
  });

  it.each([
    [
      'missing files',
      [],
      /--clusters, --policy and WORKLOAD.yaml are required/,
    ],
    [
      '--overrides without a file',
      ['--clusters', 'a', '--policy', 'b', 'c', '--overrides'],
      /--overrides needs a file/,
    ],
    [
      'a bad output format',
      ['--clusters', 'a', '--policy', 'b', 'c', '-o', 'xml'],
      /-o must be table, json or yaml/,
    ],
  ])('exits 2 on %s', async (_, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 naming the file and field of a malformed placement', async () => {
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy({
        replicaScheduling: { replicaSchedulingType: 'Spread' },
      }),
      'web.yaml': deployment,
    });
    const result = await run([
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      f['web.yaml'],
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `karmada-preview: ${f['pp.yaml']}: spec.placement.replicaScheduling.replicaSchedulingType: must be one of Duplicated, Divided\n`,
    );
  });

  it('exits 2 when the workload file has no Deployment', async () => {
    const f = files({
      'fleet.yaml': fleet,
      'pp.yaml': policy(dynamic),
      'web.yaml': { kind: 'Service', metadata: { name: 'x' } },
    });
    const result = await run([
      '--clusters',
      f['fleet.yaml'],
      '--policy',
      f['pp.yaml'],
      f['web.yaml'],
    ]);
    expect(result.stderr).toBe(
      `karmada-preview: ${f['web.yaml']}: has no Deployment\n`,
    );
  });
});
