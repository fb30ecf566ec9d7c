import type { ClusterExplanation, ExplanationReason } from '../scheduling';
import { groupExplanations } from './groupExplanations';

const reason = (
  message: string,
  plugin = 'ClusterAffinity',
): ExplanationReason => ({
  stage: 'filter',
  plugin,
  karmada: `karmada says ${message}`,
  message,
});
const dev = Object.freeze([reason('label env is dev')]);
const taint = Object.freeze([reason('tainted', 'TaintToleration')]);

const out = (
  name: string,
  reasons: readonly ExplanationReason[],
  availableReplicas = 5,
): ClusterExplanation => ({
  name,
  selected: false,
  availableReplicas,
  zones: [],
  reasons,
});

describe('groupExplanations', () => {
  it('keeps every detail of selected clusters and drops absent fields', () => {
    const { selected, leftOut } = groupExplanations([
      {
        name: 'a',
        selected: true,
        replicas: 2,
        availableReplicas: 9,
        provider: 'aws',
        region: 'us-east-1',
        zones: ['us-east-1a'],
        reasons: [],
      },
      {
        name: 'b',
        selected: true,
        replicas: 1,
        availableReplicas: 9,
        provider: undefined,
        zones: [],
        tieBreak: true,
        possibleReplicas: [1, 2],
        reasons: [],
      },
    ]);
    expect(selected).toEqual([
      {
        name: 'a',
        replicas: 2,
        availableReplicas: 9,
        provider: 'aws',
        region: 'us-east-1',
        zones: ['us-east-1a'],
      },
      {
        name: 'b',
        replicas: 1,
        availableReplicas: 9,
        zones: [],
        tieBreak: true,
        possibleReplicas: [1, 2],
      },
    ]);
    expect(Object.keys(selected[1])).not.toContain('provider');
    expect(leftOut).toEqual([]);
  });

  it.each<[string, ClusterExplanation[], Array<[string[], string[]]>]>([
    [
      'clusters sharing a frozen list form one group',
      [out('a', dev), out('b', taint), out('c', dev)],
      [
        [['label env is dev'], ['a', 'c']],
        [['tainted'], ['b']],
      ],
    ],
    [
      'lists of their own with the same reasons (several failing filters) merge',
      [
        out('a', [
          reason('label env is dev'),
          reason('tainted', 'TaintToleration'),
        ]),
        out('b', [
          reason('label env is dev'),
          reason('tainted', 'TaintToleration'),
        ]),
        out('c', dev),
      ],
      [
        [
          ['label env is dev', 'tainted'],
          ['a', 'b'],
        ],
        [['label env is dev'], ['c']],
      ],
    ],
    [
      'the same reasons in another order are another group',
      [
        out('a', [reason('x'), reason('y')]),
        out('b', [reason('y'), reason('x')]),
      ],
      [
        [['x', 'y'], ['a']],
        [['y', 'x'], ['b']],
      ],
    ],
    [
      'largest group first; equal sizes in the order of their first cluster',
      [out('a', taint), out('b', [reason('z')]), out('c', dev), out('d', dev)],
      [
        [['label env is dev'], ['c', 'd']],
        [['tainted'], ['a']],
        [['z'], ['b']],
      ],
    ],
    [
      'no reasons is a group too',
      [out('a', []), out('b', [])],
      [[[], ['a', 'b']]],
    ],
  ])('%s', (_name, explanations, expected) => {
    const { leftOut } = groupExplanations(explanations);
    expect(
      leftOut.map(g => [
        g.reasons.map(r => r.message),
        g.clusters.map(c => c.name),
      ]),
    ).toEqual(expected);
    for (const g of leftOut) expect(g.count).toBe(g.clusters.length);
  });

  it('keeps the headroom of left-out clusters and nothing else', () => {
    const { leftOut } = groupExplanations([
      { ...out('a', dev, 7), provider: 'aws', region: 'r', zones: ['z'] },
    ]);
    expect(leftOut).toEqual([
      {
        reasons: [...dev],
        count: 1,
        clusters: [{ name: 'a', availableReplicas: 7 }],
      },
    ]);
  });

  it('counts a cluster a tie-break may give replicas as selected', () => {
    const { selected, leftOut } = groupExplanations([
      {
        ...out('a', [reason('no replicas assigned')]),
        tieBreak: true,
        possibleReplicas: [0, 1],
      },
    ]);
    expect(selected.map(s => s.name)).toEqual(['a']);
    expect(leftOut).toEqual([]);
  });
});
