import { CommandIo } from '../io';
import { schedule } from './schedule';

const cluster = (name: string, pods = 10) => ({
  apiVersion: 'cluster.karmada.io/v1alpha1',
  kind: 'Cluster',
  metadata: { name },
  status: {
    apiEnablements: [
      {
        groupVersion: 'apps/v1',
        resources: [{ name: 'deployments', kind: 'Deployment' }],
      },
    ],
    resourceSummary: { allocatable: { pods: `${pods}` } },
  },
});

async function run(stdin: string, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    readStdin: async () => stdin,
    stdout: text => {
      stdout += text;
    },
    stderr: text => {
      stderr += text;
    },
  };
  const code = await schedule(args, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const divided = {
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

describe('karmada-preview schedule', () => {
  it('answers one request with one result', async () => {
    const result = await run(
      JSON.stringify({
        clusters: [cluster('a'), cluster('b', 30)],
        placement: divided,
        replicas: 4,
      }),
    );
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      schedulable: true,
      clusters: [
        { name: 'a', replicas: 1 },
        { name: 'b', replicas: 3 },
      ],
    });
  });

  it('answers an array of requests with an array, in order', async () => {
    const requests = [
      { clusters: [cluster('a')], placement: {}, replicas: 2 },
      { clusters: [cluster('a', 1)], placement: divided, replicas: 5 },
    ];
    const results = (await run(JSON.stringify(requests))).json();
    expect(results.map((r: { schedulable: boolean }) => r.schedulable)).toEqual(
      [true, false],
    );
    expect(results[1].error).toEqual({
      reason: 'InsufficientReplicas',
      conditionReason: 'Unschedulable',
      message:
        'failed to assign replicas: failed to scale up: Clusters available replicas 1 are not enough to schedule.',
    });
  });

  it('prepares a batch fleet once for many requests; clusters may be a List', async () => {
    const batch = {
      clusters: { kind: 'ClusterList', items: [cluster('a'), cluster('b')] },
      requests: [
        { placement: {}, replicas: 1 },
        { placement: divided, replicas: 2 },
      ],
    };
    const results = (await run(JSON.stringify(batch))).json();
    expect(results.map((r: { clusters: unknown[] }) => r.clusters)).toEqual([
      [
        { name: 'a', replicas: 1 },
        { name: 'b', replicas: 1 },
      ],
      [
        { name: 'a', replicas: 1 },
        { name: 'b', replicas: 1 },
      ],
    ]);
  });

  it('reports condition reasons on request', async () => {
    const result = await run(
      JSON.stringify({ clusters: [], placement: {}, replicas: 1 }),
      ['--condition-reasons'],
    );
    expect(result.json().error.reason).toBe('NoClusterFit');
    const spread = await run(
      JSON.stringify({
        clusters: [cluster('a')],
        placement: { spreadConstraints: [{ spreadByLabel: 'team' }] },
        replicas: 1,
      }),
      ['--condition-reasons'],
    );
    expect(spread.json().error.reason).toBe('SchedulerError');
  });

  it('can assume a tie-break direction', async () => {
    const input = JSON.stringify({
      clusters: [cluster('a'), cluster('b')],
      placement: { replicaScheduling: { replicaSchedulingType: 'Divided' } },
      replicas: 1,
    });
    expect((await run(input)).json().clusters).toEqual([
      { name: 'a', replicas: 1 },
    ]);
    expect((await run(input, ['--tie-break', 'desc'])).json().clusters).toEqual(
      [{ name: 'b', replicas: 1 }],
    );
  });

  it.each([
    ['not JSON', 'nope', /^karmada-preview: stdin: not valid JSON/],
    [
      'a bad field in the 2nd request',
      JSON.stringify([
        { clusters: [], placement: {}, replicas: 1 },
        {
          clusters: [],
          placement: { replicaScheduling: { replicaSchedulingType: 'Spread' } },
          replicas: 1,
        },
      ]),
      /^karmada-preview: \[1\]\.placement\.replicaScheduling\.replicaSchedulingType: must be one of Duplicated, Divided\n$/,
    ],
    [
      'a malformed cluster quantity',
      JSON.stringify({
        clusters: [
          {
            metadata: { name: 'a' },
            status: { resourceSummary: { allocatable: { cpu: 'x' } } },
          },
        ],
        placement: {},
        replicas: 1,
      }),
      /^karmada-preview: clusters\[0\]\.status\.resourceSummary\.allocatable\.cpu: quantities must match/,
    ],
    [
      'negative replicas in a batch',
      JSON.stringify({
        clusters: [],
        requests: [{ placement: {}, replicas: -2 }],
      }),
      /^karmada-preview: requests\[0\]\.replicas: must be greater than or equal to 0\n$/,
    ],
  ])(
    'exits 2 with one line naming the field: %s',
    async (_, stdin, message) => {
      const result = await run(stdin);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  it('rejects unknown arguments', async () => {
    expect((await run('{}', ['--fast'])).code).toBe(2);
  });
});
