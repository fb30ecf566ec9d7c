import { diffManifests } from './diffManifests';

const pod = (containers: unknown[]) => ({ spec: { containers } });

describe('diffManifests', () => {
  it.each<[string, unknown, unknown, unknown[]]>([
    ['equal values', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, []],
    [
      'a changed member',
      { a: 1 },
      { a: 2 },
      [{ path: '/a', op: 'replace', before: 1, after: 2, displayPath: 'a' }],
    ],
    [
      'an added and a removed member',
      { a: 1 },
      { b: 2 },
      [
        { path: '/a', op: 'remove', before: 1, displayPath: 'a' },
        { path: '/b', op: 'add', after: 2, displayPath: 'b' },
      ],
    ],
    [
      'keys with "/" and "~" are escaped',
      { m: {} },
      { m: { 'a/b~c': 'x' } },
      [
        {
          path: '/m/a~1b~0c',
          op: 'add',
          after: 'x',
          displayPath: 'm["a/b~c"]',
        },
      ],
    ],
    [
      'a list of plain values changes as a whole',
      { args: ['a', 'b'] },
      { args: ['b'] },
      [
        {
          path: '/args',
          op: 'replace',
          before: ['a', 'b'],
          after: ['b'],
          displayPath: 'args',
        },
      ],
    ],
    [
      'a type change replaces',
      { a: { x: 1 } },
      { a: 'x' },
      [
        {
          path: '/a',
          op: 'replace',
          before: { x: 1 },
          after: 'x',
          displayPath: 'a',
        },
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diffManifests(before, after)).toEqual(expected);
  });

  it('matches named list entries by name, with pointers into the right manifest', () => {
    const before = pod([
      { name: 'web', image: 'a:1' },
      { name: 'old', image: 'o' },
    ]);
    const after = pod([
      { name: 'init', image: 'i' },
      { name: 'web', image: 'a:2' },
    ]);
    expect(diffManifests(before, after)).toEqual([
      {
        path: '/spec/containers/1/image',
        op: 'replace',
        before: 'a:1',
        after: 'a:2',
        displayPath: 'spec.containers[web].image',
      },
      {
        path: '/spec/containers/1',
        op: 'remove',
        before: { name: 'old', image: 'o' },
        displayPath: 'spec.containers[old]',
      },
      {
        path: '/spec/containers/0',
        op: 'add',
        after: { name: 'init', image: 'i' },
        displayPath: 'spec.containers[init]',
      },
    ]);
  });

  it('falls back to indexes when names repeat, are missing, or were reordered', () => {
    expect(
      diffManifests(
        pod([{ name: 'a', x: 1 }, { name: 'a' }]),
        pod([{ name: 'a', x: 2 }, { name: 'a' }]),
      )[0].displayPath,
    ).toBe('spec.containers[0].x');
    expect(
      diffManifests(pod([{ x: 1 }]), pod([{ x: 2 }, { x: 3 }])).map(c => [
        c.op,
        c.path,
      ]),
    ).toEqual([
      ['replace', '/spec/containers/0/x'],
      ['add', '/spec/containers/1'],
    ]);
    expect(
      diffManifests(
        pod([{ name: 'a' }, { name: 'b' }]),
        pod([{ name: 'b' }, { name: 'a' }]),
      ).map(c => c.path),
    ).toEqual(['/spec/containers/0/name', '/spec/containers/1/name']);
  });

  it('returns copies, not references into the manifests', () => {
    const after = { a: { b: 1 } };
    const [change] = diffManifests({}, after);
    (change.after as { b: number }).b = 2;
    expect(after.a.b).toBe(1);
  });
});
