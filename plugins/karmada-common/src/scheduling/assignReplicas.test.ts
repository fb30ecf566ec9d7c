import {
  AGGREGATED,
  DYNAMIC,
  assigned,
  makeCluster,
  preview,
} from './__fixtures__/makeCluster';

const sized = (name: string, pods: number, labels?: Record<string, string>) =>
  makeCluster(name, { pods, labels });
const staticWeights = (list: Array<[string[], number]>) => ({
  replicaSchedulingType: 'Divided',
  replicaDivisionPreference: 'Weighted',
  weightPreference: {
    staticWeightList: list.map(([clusterNames, weight]) => ({
      targetCluster: { clusterNames },
      weight,
    })),
  },
});

describe('replica assignment (SEMANTICS §9)', () => {
  describe('Duplicated (§9.3)', () => {
    it('gives every selected cluster all replicas, whatever their room', () => {
      const clusters = [
        sized('full', 0),
        sized('roomy', 50),
        makeCluster('blind', { summary: false }),
      ];
      expect(
        assigned(preview(clusters, { replicas: 5, placement: {} })),
      ).toEqual({ full: 5, roomy: 5, blind: 5 });
    });

    it('with 0 replicas and requirements: scheduled, but to no cluster (§9.8)', () => {
      const result = preview([sized('a', 5)], {
        replicas: 0,
        replicaRequirements: { resourceRequest: { cpu: '1' } },
        placement: {},
      });
      expect(result.schedulable && result.clusters).toEqual([]);
    });

    it('with 0 replicas and no requirements: every cluster with 0 (the non-workload path, §9.1)', () => {
      const result = preview([sized('b', 5), sized('a', 5)], {
        replicas: 0,
        placement: { replicaScheduling: DYNAMIC },
      });
      expect(result.schedulable && result.clusters).toEqual([
        { name: 'a', replicas: 0 },
        { name: 'b', replicas: 0 },
      ]);
    });
  });

  describe('static weight (§9.4)', () => {
    const clusters = [
      sized('m1', 1),
      sized('m2', 1),
      sized('m3', 1),
      sized('m4', 1),
    ];

    it.each<[string, unknown, number, Record<string, number>]>([
      [
        'no weightPreference: equal weights',
        { replicaSchedulingType: 'Divided' },
        4,
        { m1: 1, m2: 1, m3: 1, m4: 1 },
      ],
      [
        'weights 3:2:1, capacity ignored',
        staticWeights([
          [['m1'], 3],
          [['m2'], 2],
          [['m3'], 1],
        ]),
        12,
        { m1: 6, m2: 4, m3: 2 },
      ],
      [
        'a cluster matched by several rules takes the highest weight',
        staticWeights([
          [['m1', 'm2'], 1],
          [['m1'], 2],
        ]),
        3,
        { m1: 2, m2: 1 },
      ],
      [
        'no rule matches a candidate: everyone weighs 1',
        staticWeights([[['other'], 5]]),
        4,
        { m1: 1, m2: 1, m3: 1, m4: 1 },
      ],
    ])('%s', (_, replicaScheduling, replicas, expected) => {
      expect(
        assigned(
          preview(clusters, { replicas, placement: { replicaScheduling } }),
        ),
      ).toEqual(expected);
    });

    it('rules may select by label', () => {
      const fleet = [
        sized('p1', 1, { env: 'prod' }),
        sized('p2', 1, { env: 'prod' }),
        sized('d1', 1, { env: 'dev' }),
      ];
      const replicaScheduling = {
        replicaSchedulingType: 'Divided',
        weightPreference: {
          staticWeightList: [
            {
              targetCluster: {
                labelSelector: { matchLabels: { env: 'prod' } },
              },
              weight: 2,
            },
            {
              targetCluster: { labelSelector: { matchLabels: { env: 'dev' } } },
              weight: 1,
            },
          ],
        },
      };
      expect(
        assigned(
          preview(fleet, { replicas: 10, placement: { replicaScheduling } }),
        ),
      ).toEqual({ p1: 4, p2: 4, d1: 2 });
    });

    it('explains a cluster without weight', () => {
      const result = preview(clusters, {
        replicas: 2,
        placement: { replicaScheduling: staticWeights([[['m1'], 1]]) },
      });
      expect(assigned(result)).toEqual({ m1: 2 });
      expect(
        result.explanations.find(e => e.name === 'm2')?.reasons[0].message,
      ).toBe(
        'no replicas assigned (weight 0: no staticWeightList rule matches it)',
      );
    });
  });

  describe('dynamic weight (§9.5)', () => {
    it.each<[string, number[], number, Record<string, number>]>([
      ['12 over 6:8:10', [6, 8, 10], 12, { c1: 3, c2: 4, c3: 5 }],
      ['12 over 18:12:6', [18, 12, 6], 12, { c1: 6, c2: 4, c3: 2 }],
      ['a cluster without room gets nothing', [0, 10, 10], 4, { c2: 2, c3: 2 }],
    ])('%s', (_, pods, replicas, expected) => {
      const fleet = pods.map((p, k) => sized(`c${k + 1}`, p));
      expect(
        assigned(
          preview(fleet, {
            replicas,
            placement: { replicaScheduling: DYNAMIC },
          }),
        ),
      ).toEqual(expected);
    });

    it('fails when the candidates together lack room', () => {
      const result = preview([sized('c1', 3), sized('c2', 4)], {
        replicas: 8,
        placement: { replicaScheduling: DYNAMIC },
      });
      expect(!result.schedulable && result.error).toEqual({
        reason: 'InsufficientReplicas',
        conditionReason: 'Unschedulable',
        message:
          'failed to assign replicas: failed to scale up: Clusters available replicas 7 are not enough to schedule.',
      });
      expect(result.explanations[0].reasons[0].message).toBe(
        'capacity for 3 replicas, 8 needed (all 2 candidates together: 7)',
      );
    });

    it('0 replicas with requirements: scheduled to no cluster, no capacity check', () => {
      const result = preview([sized('a', 0)], {
        replicas: 0,
        replicaRequirements: {},
        placement: { replicaScheduling: DYNAMIC },
      });
      expect(result.schedulable && result.clusters).toEqual([]);
    });
  });

  describe('Aggregated (§9.6)', () => {
    it.each<[string, number[], number, Record<string, number>]>([
      [
        '12 over 10:8: the fewest clusters, divided by room',
        [10, 8],
        12,
        { c1: 7, c2: 5 },
      ],
      ['a cluster big enough takes all', [6, 12, 6], 12, { c2: 12 }],
      ['needs three clusters', [4, 7, 9], 20, { c1: 4, c2: 7, c3: 9 }],
      ['equal room: names ascending', [4, 4, 4], 8, { c1: 4, c2: 4 }],
    ])('%s', (_, pods, replicas, expected) => {
      const fleet = pods.map((p, k) => sized(`c${k + 1}`, p));
      expect(
        assigned(
          preview(fleet, {
            replicas,
            placement: { replicaScheduling: AGGREGATED },
          }),
        ),
      ).toEqual(expected);
    });

    it("orders more than 12 equally available candidates as Go's sort.Sort does (§12.4)", () => {
      // Region selection lists y00 (r2 scores higher), x, then y01…y11: not
      // in availability order, so Go's pdqsort re-sorts it and, for these
      // 13 items, puts y05 and y01 first (goSort.test.ts), not y00 and y01.
      const ys = Array.from({ length: 12 }, (_, i) =>
        makeCluster(`y${String(i).padStart(2, '0')}`, {
          region: 'r2',
          pods: 10,
        }),
      );
      const result = preview(
        [makeCluster('x', { region: 'r1', pods: 5 }), ...ys],
        {
          replicas: 20,
          placement: {
            replicaScheduling: AGGREGATED,
            spreadConstraints: [
              { spreadByField: 'region', minGroups: 2, maxGroups: 2 },
              { spreadByField: 'cluster', minGroups: 2, maxGroups: 13 },
            ],
          },
        },
      );
      expect(assigned(result)).toEqual({ y01: 10, y05: 10 });
      expect(result.ties).toEqual([]);
    });

    it('explains the clusters left out of the prefix', () => {
      const result = preview([sized('big', 20), sized('small', 2)], {
        replicas: 5,
        placement: { replicaScheduling: AGGREGATED },
      });
      expect(
        result.explanations.find(e => e.name === 'small')?.reasons[0].message,
      ).toBe(
        'no replicas assigned (Aggregated uses as few clusters as possible, and larger ones hold all 5)',
      );
    });
  });

  describe('0 replicas with requirements: why each cluster is left out (§9.8)', () => {
    const NOTHING_TO_DIVIDE =
      'no replicas assigned (0 replicas requested: nothing to divide)';
    const overflow = {
      replicaScheduling: DYNAMIC,
      clusterAffinities: [
        {
          affinityName: 'main',
          clusterNames: ['a'],
          overflowAffinities: [{ affinityName: 'more', clusterNames: ['b'] }],
        },
      ],
    };
    it.each<[string, unknown, string]>([
      [
        'Duplicated',
        {},
        'no replicas assigned (0 replicas requested: Duplicated gives each cluster 0, and Karmada leaves 0-replica clusters out of the result)',
      ],
      [
        'static weight',
        { replicaScheduling: { replicaSchedulingType: 'Divided' } },
        NOTHING_TO_DIVIDE,
      ],
      [
        'static weight, a cluster without weight',
        { replicaScheduling: staticWeights([[['a'], 1]]) },
        NOTHING_TO_DIVIDE,
      ],
      ['dynamic weight', { replicaScheduling: DYNAMIC }, NOTHING_TO_DIVIDE],
      ['Aggregated', { replicaScheduling: AGGREGATED }, NOTHING_TO_DIVIDE],
      ['overflow tiers', overflow, NOTHING_TO_DIVIDE],
    ])('%s', (_, placement, message) => {
      const result = preview([sized('a', 5), sized('b', 5)], {
        replicas: 0,
        replicaRequirements: { resourceRequest: { cpu: '1' } },
        placement,
      });
      expect(result.schedulable && result.clusters).toEqual([]);
      expect(
        result.explanations.map(e => [
          e.name,
          e.selected,
          e.reasons.map(r => [r.stage, r.karmada, r.message]),
        ]),
      ).toEqual(
        ['a', 'b'].map(name => [
          name,
          false,
          [['assign', 'removeZeroReplicasCluster', message]],
        ]),
      );
    });
  });

  it('lists divided results by name (§11)', () => {
    const result = preview([sized('z', 10), sized('a', 2), sized('m', 5)], {
      replicas: 6,
      placement: { replicaScheduling: DYNAMIC },
    });
    expect(result.schedulable && result.clusters.map(c => c.name)).toEqual([
      'a',
      'm',
      'z',
    ]);
  });
});
