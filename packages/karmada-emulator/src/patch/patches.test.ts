import { applyJsonPatch } from './jsonPatch';
import { applyMergePatch } from './mergePatch';

describe('applyMergePatch', () => {
  it('merges objects, deletes on null and replaces lists (RFC 7386)', () => {
    const target = { a: { b: 1, c: 2 }, list: [1, 2], keep: true };
    expect(
      applyMergePatch(target, { a: { b: null, d: 3 }, list: [3] }),
    ).toEqual({ a: { c: 2, d: 3 }, list: [3], keep: true });
    expect(target).toEqual({ a: { b: 1, c: 2 }, list: [1, 2], keep: true });
  });
});

describe('applyJsonPatch', () => {
  const doc = {
    spec: { replicas: 1, containers: [{ name: 'a' }, { name: 'b' }] },
    metadata: { labels: { 'app/x': 'y' } },
  };
  it('adds, replaces, removes, moves, copies and tests (RFC 6902)', () => {
    const result = applyJsonPatch(doc, [
      { op: 'test', path: '/spec/replicas', value: 1 },
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'add', path: '/spec/containers/-', value: { name: 'c' } },
      { op: 'remove', path: '/spec/containers/0' },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copied' },
      {
        op: 'move',
        from: '/metadata/labels/app~1x',
        path: '/metadata/labels/moved',
      },
    ]);
    expect(result).toEqual({
      spec: {
        replicas: 3,
        containers: [{ name: 'b' }, { name: 'c' }],
        copied: 3,
      },
      metadata: { labels: { moved: 'y' } },
    });
  });
  it('fails on a missing path or a failed test', () => {
    expect(() =>
      applyJsonPatch(doc, [{ op: 'replace', path: '/spec/nope', value: 1 }]),
    ).toThrow('doc is missing path: "/spec/nope"');
    expect(() =>
      applyJsonPatch(doc, [{ op: 'test', path: '/spec/replicas', value: 2 }]),
    ).toThrow('testing value /spec/replicas failed');
  });
});
