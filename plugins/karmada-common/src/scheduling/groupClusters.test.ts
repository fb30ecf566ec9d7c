import type { Placement } from '../types';
import { makeCluster } from './__fixtures__/makeCluster';
import { createFleetSnapshot } from './snapshot';
import {
  Candidate,
  compareCandidates,
  overflowOrders,
  sortCandidates,
} from './groupClusters';

const candidate = (
  position: number,
  available: number,
  overflowOrder = 0,
): Candidate => ({
  index: position,
  position,
  overflowOrder,
  available,
});

describe('candidate order (SEMANTICS §8.1)', () => {
  it('sorts by overflow order, then available replicas descending, then name', () => {
    // positions are name order
    const candidates = [
      candidate(0, 5),
      candidate(1, 9),
      candidate(2, 5, 1),
      candidate(3, 9),
      candidate(4, -3),
    ];
    const expected = [1, 3, 0, 4, 2];
    expect(sortCandidates(candidates).map(c => c.position)).toEqual(expected);
    expect(
      [...candidates].sort(compareCandidates).map(c => c.position),
    ).toEqual(expected);
  });

  it('handles the extremes of int32 availability', () => {
    const candidates = [
      candidate(0, -2147483648),
      candidate(1, 2147483647),
      candidate(2, 0),
    ];
    expect(sortCandidates(candidates).map(c => c.position)).toEqual([1, 2, 0]);
  });
});

describe('overflowOrders', () => {
  const snapshot = createFleetSnapshot(
    ['a', 'b', 'c'].map(name => makeCluster(name)),
  );
  const all = [0, 1, 2];

  it.each<[string, Placement, string | undefined, number[]]>([
    ['no clusterAffinities: all 0', {}, undefined, [0, 0, 0]],
    [
      'the term itself: 0; the first matching overflow affinity: its number + 1',
      {
        clusterAffinities: [
          {
            affinityName: 't',
            clusterNames: ['a'],
            overflowAffinities: [
              { affinityName: 'o1', clusterNames: ['c'] },
              { affinityName: 'o2', clusterNames: ['b', 'c'] },
            ],
          },
        ],
      },
      't',
      [0, 2, 1],
    ],
    [
      'a cluster matching nothing: 1000',
      {
        clusterAffinities: [
          {
            affinityName: 't',
            clusterNames: ['a'],
            overflowAffinities: [{ affinityName: 'o', clusterNames: ['b'] }],
          },
        ],
      },
      't',
      [0, 1, 1000],
    ],
  ])('%s', (_, placement, name, expected) => {
    expect(Array.from(overflowOrders(placement, name, snapshot, all))).toEqual(
      expected,
    );
  });
});
