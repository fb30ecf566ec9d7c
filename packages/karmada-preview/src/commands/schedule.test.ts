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
      'no clusters',
      JSON.stringify({ placement: {}, replicas: 1 }),
      /^karmada-preview: clusters: required value\n$/,
    ],
    [
      'null clusters',
      JSON.stringify({ clusters: null, placement: {}, replicas: 1 }),
      /^karmada-preview: clusters: required value\n$/,
    ],
    [
      'no clusters in the 2nd request',
      JSON.stringify([
        { clusters: [], placement: {}, replicas: 1 },
        { placement: {}, replicas: 1 },
      ]),
      /^karmada-preview: \[1\]\.clusters: required value\n$/,
    ],
    [
      'no placement',
      JSON.stringify({ clusters: [], replicas: 1 }),
      /^karmada-preview: placement: required value \(give \{\} for Karmada's defaults\)\n$/,
    ],
    [
      'a batch without clusters',
      JSON.stringify({ requests: [{ placement: {}, replicas: 1 }] }),
      /^karmada-preview: clusters: required value\n$/,
    ],
    [
      'a batch request without placement',
      JSON.stringify({ clusters: [], requests: [{ replicas: 1 }] }),
      /^karmada-preview: requests\[0\]\.placement: required value/,
    ],
    [
      'no replicas',
      JSON.stringify({ clusters: [], placement: {} }),
      /^karmada-preview: replicas: required value\n$/,
    ],
    [
      'replicas as a string',
      JSON.stringify({ clusters: [], placement: {}, replicas: '3' }),
      /^karmada-preview: replicas: must be an integer\n$/,
    ],
    [
      'fractional replicas',
      JSON.stringify({ clusters: [], placement: {}, replicas: 1.5 }),
      /^karmada-preview: replicas: must be an integer\n$/,
    ],
    [
      'clusters as an object that is not a List',
      JSON.stringify({ clusters: {}, placement: {}, replicas: 1 }),
      /^karmada-preview: clusters: must be a list of Clusters or a List object with items\n$/,
    ],
    [
      'clusters as a string',
      JSON.stringify({ clusters: 'a,b', placement: {}, replicas: 1 }),
      /^karmada-preview: clusters: must be a list of Clusters/,
    ],
    [
      'a cluster that is not an object',
      JSON.stringify({ clusters: [1], placement: {}, replicas: 1 }),
      /^karmada-preview: clusters\[0\]: must be an object\n$/,
    ],
    [
      'placement as an array',
      JSON.stringify({ clusters: [], placement: [], replicas: 1 }),
      /^karmada-preview: placement: must be an object\n$/,
    ],
    [
      'replicaRequirements as an array',
      JSON.stringify({
        clusters: [],
        placement: {},
        replicas: 1,
        replicaRequirements: [],
      }),
      /^karmada-preview: replicaRequirements: must be an object\n$/,
    ],
    [
      'requests that are not an array',
      JSON.stringify({ clusters: [], requests: {} }),
      /^karmada-preview: requests: must be an array\n$/,
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
