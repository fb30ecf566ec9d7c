import { parseObjects } from './readObjects';

const cluster = (name: string) => ({
  apiVersion: 'cluster.karmada.io/v1alpha1',
  kind: 'Cluster',
  metadata: { name },
});

describe('parseObjects', () => {
  it('reads a JSON List (the fast path for big generated fleets)', () => {
    const text = JSON.stringify({
      apiVersion: 'cluster.karmada.io/v1alpha1',
      kind: 'ClusterList',
      items: [cluster('a'), cluster('b')],
    });
    expect(parseObjects(text, 'fleet.json')).toEqual([
      cluster('a'),
      cluster('b'),
    ]);
  });

  it('reads YAML streams with aliases, and YAML flow mappings that only look like JSON', () => {
    const yaml = `items:
  - &c {apiVersion: cluster.karmada.io/v1alpha1, kind: Cluster, metadata: {name: a}}
kind: ClusterList
---
{apiVersion: v1, kind: Namespace, metadata: {name: team-a}}
`;
    expect(parseObjects(yaml, 'fleet.yaml')).toEqual([
      cluster('a'),
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } },
    ]);
    expect(
      parseObjects(
        '{apiVersion: v1, kind: Namespace, metadata: {name: x}}',
        's',
      ),
    ).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } },
    ]);
  });

  it('names the source when the text holds something other than objects', () => {
    expect(() => parseObjects('[1]', 'seed.json')).toThrow(
      'seed.json: expected Kubernetes objects, found 1',
    );
  });
});
