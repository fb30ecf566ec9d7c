import { KubernetesObject, LabelAnnotationOverrider } from '../types';
import { buildLabelAnnotationPatches } from './labelAnnotationOverrider';

const withLabels = (labels: unknown): KubernetesObject => ({
  kind: 'X',
  metadata: { name: 'x', labels } as never,
});

describe('buildLabelAnnotationPatches', () => {
  it.each<[string, KubernetesObject, LabelAnnotationOverrider, unknown[]]>([
    [
      'add sets keys (overwriting)',
      withLabels({ a: '1' }),
      { operator: 'add', value: { a: '2', b: '3' } },
      [
        { op: 'add', path: '/metadata/labels/a', value: '2' },
        { op: 'add', path: '/metadata/labels/b', value: '3' },
      ],
    ],
    [
      'replace skips missing keys',
      withLabels({ a: '1' }),
      { operator: 'replace', value: { a: '2', b: '3' } },
      [{ op: 'replace', path: '/metadata/labels/a', value: '2' }],
    ],
    [
      'remove skips missing keys and ignores values',
      withLabels({ a: '1' }),
      { operator: 'remove', value: { a: 'x', b: '' } },
      [{ op: 'remove', path: '/metadata/labels/a', value: 'x' }],
    ],
    [
      '"/" in a key is escaped, "~" is not',
      withLabels({}),
      { operator: 'add', value: { 'example.com/team': 'a', 'a~b': 'c' } },
      [
        { op: 'add', path: '/metadata/labels/a~b', value: 'c' },
        { op: 'add', path: '/metadata/labels/example.com~1team', value: 'a' },
      ],
    ],
    [
      'no keys, no patch',
      withLabels({ a: '1' }),
      { operator: 'add', value: {} },
      [],
    ],
    [
      'replace on an absent map does nothing',
      { kind: 'X' },
      { operator: 'replace', value: { a: '1' } },
      [],
    ],
    [
      'an unknown operator still yields an operation (the patch then fails)',
      withLabels({}),
      { operator: 'merge', value: { a: '1' } },
      [{ op: 'merge', path: '/metadata/labels/a', value: '1' }],
    ],
  ])('%s', (_name, resource, overrider, patches) => {
    expect(
      buildLabelAnnotationPatches(resource, 'labels', overrider).patches,
    ).toEqual(patches);
  });

  it.each<[string, KubernetesObject, unknown]>([
    ['absent', { kind: 'X', metadata: { name: 'x' } }, {}],
    ['null', withLabels(null), {}],
    ['not a string map', withLabels({ a: 1 }), {}],
    ['without metadata', { kind: 'X' }, {}],
  ])(
    'add first resets a map that is %s to {} (on a copy)',
    (_name, resource, expected) => {
      const before = JSON.stringify(resource);
      const built = buildLabelAnnotationPatches(resource, 'annotations', {
        operator: 'add',
        value: { k: 'v' },
      });
      expect(
        (built.resource.metadata as Record<string, unknown>).annotations,
      ).toEqual(expected);
      expect(JSON.stringify(resource)).toBe(before);
    },
  );

  it('skips keys when metadata is not an object', () => {
    const built = buildLabelAnnotationPatches(
      { kind: 'X', metadata: 'x' as never },
      'labels',
      { operator: 'add', value: { a: '1' } },
    );
    expect(built.patches).toEqual([]);
  });
});
