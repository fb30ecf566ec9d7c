import { nameBasedClusters, placementIssues } from './placementRules';

describe('nameBasedClusters', () => {
  it.each([
    ['names', { mode: 'clusters', clusterNames: ['a', 'b'] }, ['a', 'b']],
    [
      'names minus excluded',
      { mode: 'clusters', clusterNames: ['a', 'b'], exclude: ['b'] },
      ['a'],
    ],
    [
      'names of fallbacks too, placement exclude applying to all',
      {
        mode: 'clusters',
        clusterNames: ['a'],
        exclude: ['c'],
        fallbacks: [
          { mode: 'clusters', clusterNames: ['c', 'd'], exclude: ['a'] },
        ],
      },
      ['a', 'd'],
    ],
    ['unknown with an area', { mode: 'area' }, undefined],
    [
      'unknown with a label fallback',
      {
        mode: 'clusters',
        clusterNames: ['a'],
        fallbacks: [{ mode: 'labels' }],
      },
      undefined,
    ],
  ])('%s', (_what, placement, expected) => {
    expect(nameBasedClusters(placement)).toEqual(expected);
  });
});

describe('placementIssues', () => {
  it.each([
    [
      'static weights ignore spread constraints',
      {
        mode: 'area' as const,
        spreadByCluster: { minGroups: 1, maxGroups: 2 },
      },
      {
        type: 'StaticWeight' as const,
        weights: [{ clusterNames: ['a'], weight: 1 }],
      },
      [['placement', 'spreadByCluster']],
    ],
    [
      'a weight for a cluster the placement cannot choose',
      { mode: 'clusters' as const, clusterNames: ['a', 'b'] },
      {
        type: 'StaticWeight' as const,
        weights: [
          { clusterNames: ['a'], weight: 1 },
          { clusterNames: ['b', 'z'], weight: 2 },
        ],
      },
      [['scheduling', 'weights', 1, 'clusterNames', 1]],
    ],
    [
      'weights by label are left to the scheduler',
      {
        mode: 'labels' as const,
        labels: [{ key: 'env', operator: 'Exists' as const }],
      },
      {
        type: 'StaticWeight' as const,
        weights: [
          { labelSelector: { matchLabels: { tier: 'gold' } }, weight: 3 },
        ],
      },
      [],
    ],
    [
      'dynamic weight with region spread is fine',
      { mode: 'area' as const, spreadByRegion: { minGroups: 1, maxGroups: 2 } },
      { type: 'DynamicWeight' as const },
      [],
    ],
  ])('%s', (_what, placement, scheduling, paths) => {
    expect(placementIssues({ placement, scheduling }).map(i => i.path)).toEqual(
      paths,
    );
  });
});
