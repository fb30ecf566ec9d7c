import { KarmadaInputError } from '../errors';
import { makeCluster } from './__fixtures__/makeCluster';
import { createFleetSnapshot, updateFleetSnapshot } from './snapshot';

const names = (snapshot: ReturnType<typeof createFleetSnapshot>) =>
  snapshot.clusters.map(c => c.name);

describe('createFleetSnapshot', () => {
  it('accepts a list or a List object', () => {
    const clusters = [makeCluster('b'), makeCluster('a')];
    expect(names(createFleetSnapshot(clusters))).toEqual(['b', 'a']);
    expect(
      names(
        createFleetSnapshot({
          apiVersion: 'v1',
          kind: 'List',
          items: clusters,
        }),
      ),
    ).toEqual(['b', 'a']);
  });

  it('indexes labels, fields, taints and names', () => {
    const snapshot = createFleetSnapshot([
      makeCluster('b', {
        labels: { env: 'prod' },
        provider: 'aws',
        region: 'r1',
        zones: ['z1', 'z2'],
        taints: [{ key: 'k', effect: 'NoSchedule' }],
      }),
      makeCluster('a', {
        labels: { env: 'dev' },
        taints: [
          { key: 'k', effect: 'NoSchedule' },
          { key: 'p', effect: 'PreferNoSchedule' },
        ],
      }),
    ]);
    const { index } = snapshot;
    expect(index.labels.get('env')?.values).toEqual(['prod', 'dev']);
    expect(Array.from(index.labels.get('env')?.column ?? [])).toEqual([0, 1]);
    expect(Array.from(index.region.column)).toEqual([0, -1]);
    expect([...index.zones]).toEqual(['z1', 'z2']);
    expect(index.taints.map(t => t.text)).toEqual(['k:NoSchedule']);
    expect(Array.from(index.taintOffsets)).toEqual([0, 1, 2]);
    expect(Array.from(index.nameOrder)).toEqual([1, 0]);
    expect(index.byName.get('a')).toBe(1);
  });

  it.each<[string, unknown, string]>([
    [
      'not a list',
      { kind: 'Cluster' },
      'clusters: must be a list of Clusters or a List object with items',
    ],
    [
      'a cluster without a name',
      [{ metadata: {} }],
      'clusters[0].metadata.name: required value',
    ],
    [
      'two clusters with one name',
      [makeCluster('a'), makeCluster('a')],
      'clusters[1].metadata.name: duplicate cluster name "a"',
    ],
    [
      'labels that are not strings',
      [{ metadata: { name: 'a', labels: { x: 1 } } }],
      'clusters[0].metadata.labels.x: must be a string',
    ],
    [
      'zones that are not a list',
      [{ metadata: { name: 'a' }, spec: { zones: 'z' } }],
      'clusters[0].spec.zones: must be an array',
    ],
    [
      'a taint without effect',
      [{ metadata: { name: 'a' }, spec: { taints: [{ key: 'k' }] } }],
      'clusters[0].spec.taints[0].effect: required value',
    ],
    [
      'a malformed allocatable quantity',
      [makeCluster('a', { allocatable: { cpu: 'many' } })],
      "clusters[0].status.resourceSummary.allocatable.cpu: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    [
      'a malformed allocated quantity under a resource name with a slash',
      [makeCluster('a', { allocated: { 'nvidia.com/gpu': '1mi' } })],
      'clusters[0].status.resourceSummary.allocated["nvidia.com/gpu"]: unable to parse quantity\'s suffix',
    ],
    [
      'a negative resource model minimum',
      [
        makeCluster('a', {
          models: [
            { grade: 0, ranges: [{ name: 'cpu', min: '-1', max: '2' }] },
          ],
        }),
      ],
      'clusters[0].spec.resourceModels[0].ranges[0].min: must be greater than or equal to 0',
    ],
  ])('rejects %s', (_, input, message) => {
    expect(() => createFleetSnapshot(input)).toThrow(KarmadaInputError);
    expect(() => createFleetSnapshot(input)).toThrow(message);
  });
});

describe('updateFleetSnapshot', () => {
  const base = createFleetSnapshot([
    makeCluster('a', { labels: { env: 'prod' } }),
    makeCluster('b'),
    makeCluster('c'),
  ]);

  it('reuses unchanged entries, replaces changed ones in place, appends new ones, drops removed ones', () => {
    const next = updateFleetSnapshot(base, {
      upsert: [makeCluster('b', { labels: { env: 'dev' } }), makeCluster('d')],
      remove: ['c'],
    });
    expect(names(next)).toEqual(['a', 'b', 'd']);
    expect(next.clusters[0]).toBe(base.clusters[0]);
    expect(next.clusters[1]).not.toBe(base.clusters[1]);
    expect(next.index.labels.get('env')?.values).toEqual(['prod', 'dev']);
    expect(names(base)).toEqual(['a', 'b', 'c']);
  });
});
