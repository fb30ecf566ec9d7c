import type { Cluster } from '../types';
import { AGGREGATED, makeCluster, preview } from './__fixtures__/makeCluster';

const inRegion = (name: string, region: string, pods = 110) =>
  makeCluster(name, { region, pods });

const spread = (
  region: [number, number],
  cluster: [number, number],
): unknown[] => [
  { spreadByField: 'region', minGroups: region[0], maxGroups: region[1] },
  { spreadByField: 'cluster', minGroups: cluster[0], maxGroups: cluster[1] },
];

/** The same note for each of the clusters. */
const each = (names: string[], note: (name: string) => string) =>
  Object.fromEntries(names.map(name => [name, note(name)]));

/** The user-facing reason of each cluster left out by the selection. */
function notSelected(
  result: ReturnType<typeof preview>,
): Record<string, string> {
  return Object.fromEntries(
    result.explanations
      .filter(e => e.reasons[0]?.stage === 'select')
      .map(e => [e.name, e.reasons[0].message]),
  );
}

describe('region group scores, Divided (SEMANTICS §8.4 step 2)', () => {
  // target = ceil(replicas / region minGroups); a region scores
  // 1000 · min(its available replicas, target). (k = max of both minGroups
  // only decides how many clusters the walk counts, which with fresh scores
  // of 0 never changes the score.)
  it.each<
    [
      string,
      Cluster[],
      unknown[],
      number,
      Record<string, number>,
      Record<string, string>,
    ]
  >([
    [
      // r1 scores min(2+2, 4) = 4, r2 min(3, 4) = 3: r1, although r2 has the
      // roomiest cluster (picking it would leave 1 replica without room).
      'a region reaching the target beats one with a roomier cluster',
      [inRegion('a', 'r1', 2), inRegion('b', 'r1', 2), inRegion('c', 'r2', 3)],
      spread([1, 1], [1, 2]),
      4,
      { a: 2, b: 2 },
      {
        c: 'spread limit: exactly 1 region (region r2 not chosen; chosen: r1)',
      },
    ],
    [
      // Both score min(room, 8) = 8: the region with more clusters wins the
      // tie (§8.4 step 3), not the one with the most room (r1, 100).
      'scores are capped at the target',
      [
        inRegion('big', 'r1', 100),
        inRegion('s1', 'r2', 5),
        inRegion('s2', 'r2', 5),
      ],
      spread([1, 1], [1, 2]),
      8,
      { s1: 4, s2: 4 },
      {
        big: 'spread limit: exactly 1 region (region r1 not chosen; chosen: r2)',
      },
    ],
    [
      // With region minGroups 2 the target is ceil(10 / 2) = 5 and every
      // region scores 5: the pair with more clusters (r1 + r3) wins. Scored
      // against all 10 replicas, r1 + r2 (9 + 7) would outscore it.
      'the target is the replicas divided by the region minGroups',
      [
        inRegion('r1-a', 'r1', 9),
        inRegion('r2-a', 'r2', 7),
        inRegion('r3-a', 'r3', 3),
        inRegion('r3-b', 'r3', 2),
      ],
      spread([2, 2], [2, 3]),
      10,
      { 'r1-a': 7, 'r3-a': 3 },
      {
        'r2-a':
          'spread limit: exactly 2 regions (region r2 not chosen; chosen: r1, r3)',
      },
    ],
  ])('%s', (_, fleet, spreadConstraints, replicas, expected, notes) => {
    const result = preview(fleet, {
      replicas,
      placement: { replicaScheduling: AGGREGATED, spreadConstraints },
    });
    expect(result.schedulable && result.clusters).toEqual(
      Object.entries(expected).map(([name, n]) => ({ name, replicas: n })),
    );
    expect(notSelected(result)).toEqual(notes);
  });
});

describe('why a region is not chosen (SEMANTICS §8.4 step 3)', () => {
  const DUPLICATED = { replicaSchedulingType: 'Duplicated' };

  it.each<[string, Cluster[], unknown[], string[], Record<string, string>]>([
    [
      // Paths: [r1,r2], [r1,r3], [r2], [r3]. The best by score is r3 + r1
      // (b1 has no room for 5), and r3 alone, a strict prefix of it, wins.
      // Without maxGroups the same path would win: the limit did not bind.
      'fewer regions than maxGroups: the search stops once the minimums are met',
      [
        inRegion('a', 'r1'),
        inRegion('b1', 'r2', 3),
        inRegion('b2', 'r2'),
        inRegion('c1', 'r3'),
        inRegion('c2', 'r3'),
        inRegion('c3', 'r3'),
      ],
      spread([1, 2], [2, 3]),
      ['c1', 'c2', 'c3'],
      each(
        ['a', 'b1', 'b2'],
        name =>
          `region ${
            name === 'a' ? 'r1' : 'r2'
          } not chosen: Karmada adds regions only until the spread constraints are met (at least 1 region and 2 clusters), preferring regions with more room; chosen: r3`,
      ),
    ],
    [
      // Three clusters need two regions, at most 2 allowed. Without that
      // limit r1 + r2 + r3 (the two roomy single-cluster regions and r3)
      // would outscore every pair: the limit binds.
      'maxGroups binds',
      [
        inRegion('r1-a', 'r1', 10),
        inRegion('r2-a', 'r2', 10),
        inRegion('r3-a', 'r3', 1),
        inRegion('r3-b', 'r3', 1),
        inRegion('r4-a', 'r4', 1),
        inRegion('r4-b', 'r4', 1),
      ],
      spread([1, 2], [3, 3]),
      ['r1-a', 'r3-a', 'r3-b'],
      each(
        ['r2-a', 'r4-a', 'r4-b'],
        name =>
          `spread limit: at most 2 regions (region ${name.slice(
            0,
            2,
          )} not chosen; chosen: r1, r3)`,
      ),
    ],
  ])('%s', (_, fleet, spreadConstraints, selected, notes) => {
    const result = preview(fleet, {
      replicas: 5,
      placement: { replicaScheduling: DUPLICATED, spreadConstraints },
    });
    expect(result.schedulable && result.clusters.map(c => c.name)).toEqual(
      selected,
    );
    expect(notSelected(result)).toEqual(notes);
    // Karmada's own words stay the same whatever the reason.
    expect(
      new Set(
        result.explanations
          .filter(e => e.reasons[0]?.stage === 'select')
          .map(e => e.reasons[0].karmada),
      ),
    ).toEqual(new Set(['not selected by the spread constraints']));
  });
});
