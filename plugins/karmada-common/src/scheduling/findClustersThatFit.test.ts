import type { Cluster, Placement } from '../types';
import { makeCluster } from './__fixtures__/makeCluster';
import { createFleetSnapshot } from './snapshot';
import { ReasonCache } from './filterContext';
import { findClustersThatFit } from './findClustersThatFit';
import { fitErrorMessage } from './framework';
import { applyPlacementDefaults } from './defaults';

function run(clusters: Cluster[], placement: Placement = {}) {
  const snapshot = createFleetSnapshot(clusters);
  const outcome = findClustersThatFit({
    snapshot,
    placement: applyPlacementDefaults(placement),
    isWorkload: true,
    reasons: new ReasonCache(),
  });
  return {
    outcome,
    names: outcome.feasible.map(i => snapshot.clusters[i].name),
  };
}

const taint = { key: 'k', value: 'v', effect: 'NoSchedule' };

describe('findClustersThatFit (SEMANTICS §2.1, §10)', () => {
  it('returns the clusters that pass every filter, in name order', () => {
    const { names } = run([
      makeCluster('b'),
      makeCluster('a'),
      makeCluster('c', { taints: [taint] }),
    ]);
    expect(names).toEqual(['a', 'b']);
  });

  it('skips deleting clusters without a Karmada reason, but counts them in the total', () => {
    const { outcome, names } = run([
      makeCluster('gone', { deleting: true }),
      makeCluster('tainted', { taints: [taint] }),
    ]);
    expect(names).toEqual([]);
    expect(outcome.fitErrorMessage).toBe(
      '0/2 clusters are available: 1 cluster(s) had untolerated taint {k=v:NoSchedule}.',
    );
    expect(outcome.reasons[0]?.[0].message).toBe('cluster is being deleted');
  });

  it('says "no cluster exists" when nothing recorded a reason', () => {
    expect(
      run([makeCluster('gone', { deleting: true })]).outcome.fitErrorMessage,
    ).toBe('0/1 clusters are available: no cluster exists.');
    expect(run([]).outcome.fitErrorMessage).toBe(
      '0/0 clusters are available: no cluster exists.',
    );
  });

  it('counts each reason once per cluster, sorted as strings', () => {
    const clusters = [
      makeCluster('a', { api: 'disabled' }),
      makeCluster('b', { taints: [taint] }),
      makeCluster('c', { taints: [taint] }),
      makeCluster('d', { labels: { env: 'dev' } }),
    ];
    const { outcome } = run(clusters, {
      clusterAffinity: { clusterNames: ['a', 'b', 'c'] },
    });
    expect(outcome.fitErrorMessage).toBe(
      '0/4 clusters are available: 1 cluster(s) did not have the API resource, 1 cluster(s) did not match the placement cluster affinity constraint, 2 cluster(s) had untolerated taint {k=v:NoSchedule}.',
    );
    expect(outcome.ambiguousMessage).toBe(false);
  });

  it('lists every failing filter in the explanation, and flags that Karmada may count another', () => {
    const { outcome } = run(
      [makeCluster('a', { api: 'disabled', taints: [taint] })],
      { clusterAffinity: { clusterNames: ['x'] } },
    );
    expect(outcome.reasons[0]?.map(r => r.plugin)).toEqual([
      'APIEnablement',
      'TaintToleration',
      'ClusterAffinity',
    ]);
    expect(outcome.ambiguousMessage).toBe(true);
  });
});

describe('fitErrorMessage', () => {
  it.each<[number, Array<[string, number]>, string]>([
    [3, [], '0/3 clusters are available: no cluster exists.'],
    [0, [['x', 1]], '0/0 clusters are available: no cluster exists.'],
    [
      12,
      [
        ['b reason', 2],
        ['a reason', 10],
      ],
      '0/12 clusters are available: 10 a reason, 2 b reason.',
    ],
  ])('%s clusters, %j', (total, counts, message) => {
    expect(fitErrorMessage(total, new Map(counts))).toBe(message);
  });
});
