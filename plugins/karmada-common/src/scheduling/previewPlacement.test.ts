import { KarmadaInputError } from '../errors';
import {
  AGGREGATED,
  DYNAMIC,
  assigned,
  makeCluster,
  preview,
} from './__fixtures__/makeCluster';
import { createFleetSnapshot } from './snapshot';
import { previewPlacement } from './previewPlacement';

const sized = (name: string, pods: number, labels?: Record<string, string>) =>
  makeCluster(name, { pods, labels });

describe('clusterAffinities: ordered fallback (SEMANTICS §5)', () => {
  const fleet = [
    sized('p1', 3, { env: 'prod' }),
    sized('d1', 10, { env: 'dev' }),
  ];

  it('uses the first term that schedules, and names it', () => {
    const result = preview(fleet, {
      replicas: 5,
      placement: {
        replicaScheduling: DYNAMIC,
        clusterAffinities: [
          {
            affinityName: 'prod',
            labelSelector: { matchLabels: { env: 'prod' } },
          },
          { affinityName: 'anywhere' },
        ],
      },
    });
    expect(assigned(result)).toEqual({ p1: 1, d1: 4 });
    expect(result.affinityName).toBe('anywhere');
    expect(result.attempts).toEqual([
      {
        affinityName: 'prod',
        error: {
          reason: 'InsufficientReplicas',
          conditionReason: 'Unschedulable',
          message:
            'failed to assign replicas: failed to scale up: Clusters available replicas 3 are not enough to schedule.',
        },
      },
      { affinityName: 'anywhere' },
    ]);
  });

  it('tries terms in list order, not by name', () => {
    const result = preview(fleet, {
      replicas: 1,
      placement: {
        clusterAffinities: [
          { affinityName: 'z', clusterNames: ['d1'] },
          { affinityName: 'a', clusterNames: ['p1'] },
        ],
      },
    });
    expect(assigned(result)).toEqual({ d1: 1 });
  });

  it("reports the first term's error when every term fails", () => {
    const result = preview(fleet, {
      replicas: 50,
      placement: {
        replicaScheduling: DYNAMIC,
        clusterAffinities: [
          { affinityName: 'none', clusterNames: ['x'] },
          { affinityName: 'all' },
        ],
      },
    });
    expect(!result.schedulable && result.error).toEqual({
      reason: 'NoClusterFit',
      conditionReason: 'NoClusterFit',
      message:
        '0/2 clusters are available: 2 cluster(s) did not match the placement cluster affinity constraint.',
    });
    expect(result.affinityName).toBe('none');
  });

  describe('overflow affinities', () => {
    const placement = (replicaScheduling: unknown) => ({
      replicaScheduling,
      clusterAffinities: [
        {
          affinityName: 'primary',
          clusterNames: ['p1', 'p2'],
          overflowAffinities: [{ affinityName: 'burst', clusterNames: ['o1'] }],
        },
      ],
    });
    const tiers = [sized('p1', 2), sized('p2', 3), sized('o1', 10)];

    it.each<
      [string, unknown, number, Array<{ name: string; replicas: number }>]
    >([
      [
        'fills the primary group first',
        DYNAMIC,
        4,
        [
          { name: 'p1', replicas: 2 },
          { name: 'p2', replicas: 2 },
        ],
      ],
      [
        'overflows into the next group, tier by tier',
        DYNAMIC,
        9,
        [
          { name: 'p1', replicas: 2 },
          { name: 'p2', replicas: 3 },
          { name: 'o1', replicas: 4 },
        ],
      ],
      ['Aggregated per tier', AGGREGATED, 3, [{ name: 'p2', replicas: 3 }]],
    ])('%s', (_, replicaScheduling, replicas, expected) => {
      const result = preview(tiers, {
        replicas,
        placement: placement(replicaScheduling),
      });
      expect(result.schedulable && result.clusters).toEqual(expected);
    });

    it('fails when all tiers together lack room', () => {
      const result = preview(tiers, {
        replicas: 16,
        placement: placement(DYNAMIC),
      });
      expect(!result.schedulable && result.error.message).toBe(
        'failed to assign replicas: Clusters available replicas are not enough to schedule.',
      );
    });

    it('does not admit overflow clusters for a non-workload', () => {
      const result = preview(tiers, {
        replicas: 0,
        placement: placement(DYNAMIC),
      });
      expect(result.schedulable && result.clusters.map(c => c.name)).toEqual([
        'p1',
        'p2',
      ]);
    });
  });
});

describe('ties on the binding UID (SEMANTICS §9.7, §12.1)', () => {
  const fleet = [sized('a', 10), sized('b', 10)];
  const request = {
    replicas: 3,
    placement: { replicaScheduling: { replicaSchedulingType: 'Divided' } },
  };

  it('reports both outcomes and marks the clusters, keeping the names-ascending outcome', () => {
    const result = preview(fleet, request);
    expect(assigned(result)).toEqual({ a: 2, b: 1 });
    expect(result.ties).toEqual([
      {
        clusters: ['a', 'b'],
        outcomes: [
          [
            { name: 'a', replicas: 2 },
            { name: 'b', replicas: 1 },
          ],
          [
            { name: 'a', replicas: 1 },
            { name: 'b', replicas: 2 },
          ],
        ],
      },
    ]);
    expect(
      result.explanations.map(e => [e.name, e.tieBreak, e.possibleReplicas]),
    ).toEqual([
      ['a', true, [1, 2]],
      ['b', true, [1, 2]],
    ]);
  });

  it.each([
    ['an even UID hash breaks ties by name ascending', 'a', { a: 2, b: 1 }],
    ['an odd one descending', 'b', { a: 1, b: 2 }],
  ])('with a known UID: %s', (_, bindingUID, expected) => {
    const result = previewPlacement(createFleetSnapshot(fleet), {
      ...request,
      bindingUID,
    });
    expect(assigned(result)).toEqual(expected);
    expect(result.ties).toEqual([]);
  });
});

describe('explanations', () => {
  it('has one entry per cluster, names ascending, with facts and headroom', () => {
    const fleet = [
      makeCluster('b', {
        provider: 'aws',
        region: 'r1',
        zones: ['z1'],
        allocatable: { pods: '20', cpu: '2' },
      }),
      makeCluster('a', { taints: [{ key: 'k', effect: 'NoSchedule' }] }),
    ];
    const result = preview(fleet, {
      replicas: 2,
      replicaRequirements: { resourceRequest: { cpu: '500m' } },
      placement: {},
    });
    expect(JSON.parse(JSON.stringify(result.explanations))).toEqual([
      {
        name: 'a',
        selected: false,
        availableReplicas: 0,
        zones: [],
        reasons: [
          {
            stage: 'filter',
            plugin: 'TaintToleration',
            karmada: 'cluster(s) had untolerated taint {k:NoSchedule}',
            message: 'untolerated taint k:NoSchedule',
          },
        ],
      },
      {
        name: 'b',
        selected: true,
        replicas: 2,
        availableReplicas: 4,
        provider: 'aws',
        region: 'r1',
        zones: ['z1'],
        reasons: [],
      },
    ]);
  });
});

describe('warnings', () => {
  const fleet = [
    sized('a', 5, { env: 'prod' }),
    sized('b', 5, { env: 'prod' }),
    makeCluster('t', { taints: [{ key: 'gpu', effect: 'NoSchedule' }] }),
  ];

  it.each<[string, unknown, number, string[]]>([
    ['Duplicated multiplies the total', {}, 3, ['duplicated-total']],
    [
      'Divided over more clusters than replicas',
      { replicaScheduling: DYNAMIC },
      1,
      ['divided-fewer-replicas'],
    ],
    // (the tainted cluster fails two filters, so Karmada's message could count either)
    [
      'an unknown label value',
      { clusterAffinity: { labelSelector: { matchLabels: { env: 'prd' } } } },
      1,
      ['unknown-label-value', 'nondeterministic-message'],
    ],
    [
      'an unknown label key',
      {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [{ key: 'tier', operator: 'Exists' }],
          },
        },
      },
      1,
      ['unknown-label-key', 'nondeterministic-message'],
    ],
    [
      'an unknown region',
      {
        clusterAffinity: {
          fieldSelector: {
            matchExpressions: [
              { key: 'region', operator: 'In', values: ['mars'] },
            ],
          },
        },
      },
      1,
      ['unknown-region', 'nondeterministic-message'],
    ],
    [
      'an unknown cluster name',
      { clusterAffinity: { clusterNames: ['a', 'nope'] } },
      1,
      ['unknown-cluster'],
    ],
    [
      'a toleration that tolerates no taint',
      { clusterTolerations: [{ key: 'spot', operator: 'Exists' }] },
      1,
      ['unused-toleration', 'duplicated-total'],
    ],
    [
      'a toleration that is used',
      { clusterTolerations: [{ key: 'gpu', operator: 'Exists' }] },
      1,
      ['duplicated-total'],
    ],
  ])('%s', (_, placement, replicas, codes) => {
    expect(
      preview(fleet, { replicas, placement }).warnings.map(w => w.code),
    ).toEqual(codes);
  });

  it('words the Duplicated total', () => {
    expect(
      preview(fleet, { replicas: 3, placement: {} }).warnings[0].message,
    ).toBe(
      'Duplicated: each of the 2 clusters runs all 3 replicas (6 in total)',
    );
  });
});

describe('input the engine cannot schedule', () => {
  it('throws a KarmadaInputError for a strategy Karmada does not have', () => {
    const snapshot = createFleetSnapshot([sized('a', 1)]);
    expect(() =>
      previewPlacement(snapshot, {
        replicas: 1,
        placement: { replicaScheduling: { replicaSchedulingType: 'Spread' } },
      }),
    ).toThrow(KarmadaInputError);
  });
});
