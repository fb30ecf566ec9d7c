import type { Cluster } from '../types';
import {
  AGGREGATED,
  DYNAMIC,
  assigned,
  makeCluster,
  preview,
} from './__fixtures__/makeCluster';

const sized = (name: string, pods: number, region?: string) =>
  makeCluster(name, {
    pods,
    ...(region && { region, provider: 'p', zones: [`${region}a`] }),
  });

describe('cluster order and spread selection (SEMANTICS §8)', () => {
  it('orders candidates by availability, then name (§8.1): Duplicated lists them in that order', () => {
    const clusters = [sized('c', 5), sized('a', 5), sized('b', 9)];
    const result = preview(clusters, { replicas: 1, placement: {} });
    expect(result.schedulable && result.clusters.map(c => c.name)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('orders by name only when replicas is 0 (nothing is estimated, §7)', () => {
    const clusters = [sized('c', 5), sized('a', 1), sized('b', 9)];
    const result = preview(clusters, { replicas: 0, placement: {} });
    expect(result.schedulable && result.clusters).toEqual([
      { name: 'a', replicas: 0 },
      { name: 'b', replicas: 0 },
      { name: 'c', replicas: 0 },
    ]);
  });

  describe('by cluster (§8.3)', () => {
    const clusters = [sized('m1', 10), sized('m2', 20), sized('m3', 30)];

    const DUPLICATED = { replicaSchedulingType: 'Duplicated' };
    it.each<[string, unknown, number, Record<string, number>]>([
      ['Duplicated takes the first maxGroups', DUPLICATED, 5, { m3: 5, m2: 5 }],
      [
        'dynamic weight keeps the roomiest maxGroups',
        DYNAMIC,
        25,
        { m3: 15, m2: 10 },
      ],
    ])('%s', (_, replicaScheduling, replicas, expected) => {
      const spreadConstraints = [
        { spreadByField: 'cluster', minGroups: 1, maxGroups: 2 },
      ];
      expect(
        assigned(
          preview(clusters, {
            replicas,
            placement: { replicaScheduling, spreadConstraints },
          }),
        ),
      ).toEqual(expected);
    });

    it('fails with fewer candidates than minGroups', () => {
      const spreadConstraints = [
        { spreadByField: 'cluster', minGroups: 4, maxGroups: 4 },
      ];
      const result = preview(clusters, {
        replicas: 5,
        placement: { replicaScheduling: DYNAMIC, spreadConstraints },
      });
      expect(!result.schedulable && result.error).toEqual({
        reason: 'SpreadConstraintUnsatisfiable',
        conditionReason: 'SchedulerError',
        message:
          'failed to select clusters: the number of feasible clusters is less than spreadConstraint.MinGroups',
      });
    });

    it('fails when the kept clusters lack room', () => {
      const result = preview(clusters, {
        replicas: 55,
        placement: {
          replicaScheduling: DYNAMIC,
          spreadConstraints: [{ spreadByField: 'cluster', maxGroups: 2 }],
        },
      });
      expect(!result.schedulable && result.error.message).toBe(
        'failed to select clusters: no enough resource when selecting 2 clusters',
      );
      expect(result.explanations[0].reasons[0].message).toBe(
        'the 2 cluster(s) allowed (maxGroups 2) have room for 50 of 55 replicas',
      );
    });

    it('swaps an overflow cluster in for a primary one that lacks room', () => {
      const fleet = [sized('p', 2), sized('o', 50)];
      const result = preview(fleet, {
        replicas: 10,
        placement: {
          replicaScheduling: AGGREGATED,
          spreadConstraints: [{ spreadByField: 'cluster', maxGroups: 1 }],
          clusterAffinities: [
            {
              affinityName: 'main',
              clusterNames: ['p'],
              overflowAffinities: [
                { affinityName: 'more', clusterNames: ['o'] },
              ],
            },
          ],
        },
      });
      expect(assigned(result)).toEqual({ o: 10 });
      const p = result.explanations.find(e => e.name === 'p');
      expect(p?.reasons[0].message).toMatch(
        /^swapped out for a cluster with more room/,
      );
    });

    it.each([
      [
        'Duplicated: nothing selected',
        { replicaSchedulingType: 'Duplicated' },
        'NoClustersSelected',
        'failed to assign replicas: no clusters available to schedule',
      ],
      [
        'Divided: no room in 0 clusters',
        DYNAMIC,
        'SpreadConstraintUnsatisfiable',
        'failed to select clusters: no enough resource when selecting 0 clusters',
      ],
    ])(
      'maxGroups left at 0 (§8.6): %s',
      (_, replicaScheduling, reason, message) => {
        const result = preview(clusters, {
          replicas: 1,
          placement: {
            replicaScheduling,
            spreadConstraints: [{ spreadByField: 'cluster' }],
          },
        });
        expect(
          !result.schedulable && [result.error.reason, result.error.message],
        ).toEqual([reason, message]);
      },
    );
  });

  describe('by region (§8.4)', () => {
    const fleet: Cluster[] = [
      sized('r1-a', 10, 'r1'),
      sized('r1-b', 10, 'r1'),
      sized('r2-a', 1, 'r2'),
      sized('r2-b', 30, 'r2'),
      sized('r2-c', 1, 'r2'),
      sized('r3-a', 8, 'r3'),
    ];

    it('takes the best cluster of each chosen region, then the best of the rest', () => {
      const result = preview(fleet, {
        replicas: 4,
        placement: {
          spreadConstraints: [
            { spreadByField: 'region', minGroups: 2, maxGroups: 2 },
            { spreadByField: 'cluster', minGroups: 2, maxGroups: 3 },
          ],
        },
      });
      // Duplicated: region scores count clusters with room for 4 (r1: 2, r2: 1, r3: 1).
      expect(result.schedulable && result.clusters.map(c => c.name)).toEqual([
        'r1-a',
        'r2-b',
        'r1-b',
      ]);
      const r3 = result.explanations.find(e => e.name === 'r3-a');
      expect(r3?.reasons[0].message).toBe(
        'spread limit: exactly 2 regions (region r3 not chosen; chosen: r1, r2)',
      );
    });

    it.each([
      [
        'fewer regions than minGroups',
        [
          { spreadByField: 'region', minGroups: 4, maxGroups: 4 },
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 4 },
        ],
        'failed to select clusters: the number of feasible region is less than spreadConstraint.MinGroups',
      ],
      [
        'no region combination reaches the cluster minGroups',
        [
          { spreadByField: 'region', minGroups: 1, maxGroups: 1 },
          { spreadByField: 'cluster', minGroups: 4, maxGroups: 4 },
        ],
        'failed to select clusters: the number of clusters is less than the cluster spreadConstraint.MinGroups',
      ],
      [
        'region maxGroups left at 0',
        [
          { spreadByField: 'region', minGroups: 1 },
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 4 },
        ],
        'failed to select clusters: the number of clusters is less than the cluster spreadConstraint.MinGroups',
      ],
    ])('%s', (_, spreadConstraints, message) => {
      const result = preview(fleet, {
        replicas: 1,
        placement: { spreadConstraints },
      });
      expect(!result.schedulable && result.error.message).toBe(message);
    });

    it('filters clusters without a region first (§4.4)', () => {
      const result = preview([sized('x', 5)], {
        replicas: 1,
        placement: {
          spreadConstraints: [
            { spreadByField: 'region', minGroups: 1, maxGroups: 1 },
            { spreadByField: 'cluster', minGroups: 1, maxGroups: 1 },
          ],
        },
      });
      expect(!result.schedulable && result.error.message).toBe(
        '0/1 clusters are available: 1 cluster(s) did not have region property.',
      );
    });
  });

  describe('when spread constraints are not applied (§8.2)', () => {
    const clusters = [sized('a', 1), sized('b', 1), sized('c', 1)];
    it('static weight ignores them', () => {
      const result = preview(clusters, {
        replicas: 3,
        placement: {
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            weightPreference: {
              staticWeightList: [
                { targetCluster: { clusterNames: ['a', 'b', 'c'] }, weight: 1 },
              ],
            },
          },
          spreadConstraints: [{ spreadByField: 'cluster', maxGroups: 1 }],
        },
      });
      expect(assigned(result)).toEqual({ a: 1, b: 1, c: 1 });
    });

    it('weightPreference: {} is static weight but does not skip them', () => {
      const roomy = [sized('a', 5), sized('b', 5), sized('c', 5)];
      const result = preview(roomy, {
        replicas: 3,
        placement: {
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            weightPreference: {},
          },
          spreadConstraints: [{ spreadByField: 'cluster', maxGroups: 1 }],
        },
      });
      expect(assigned(result)).toEqual({ a: 3 });
    });

    it('a lone spreadByLabel constraint is not supported', () => {
      const result = preview(clusters, {
        replicas: 1,
        placement: { spreadConstraints: [{ spreadByLabel: 'team' }] },
      });
      expect(!result.schedulable && result.error.message).toBe(
        'failed to select clusters: just support cluster and region spread constraint',
      );
    });

    it('zone and provider constraints only filter; selection is by cluster', () => {
      const fleet = [
        makeCluster('z1', { zones: ['a'], pods: 5 }),
        makeCluster('z2', { zones: ['b'], pods: 9 }),
        makeCluster('none', { pods: 50 }),
      ];
      const result = preview(fleet, {
        replicas: 1,
        placement: {
          spreadConstraints: [
            { spreadByField: 'zone', minGroups: 1, maxGroups: 3 },
            { spreadByField: 'cluster', minGroups: 1, maxGroups: 1 },
          ],
        },
      });
      expect(assigned(result)).toEqual({ z2: 1 });
    });
  });
});
