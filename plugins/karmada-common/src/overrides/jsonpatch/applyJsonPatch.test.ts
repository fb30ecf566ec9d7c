import {
  JsonPatchFailure,
  PatchOperation,
  patchJsonText,
  patchJsonValue,
} from './applyJsonPatch';

const add = (path: string, value?: unknown): PatchOperation => ({
  op: 'add',
  path,
  value,
});
const remove = (path: string): PatchOperation => ({ op: 'remove', path });
const replace = (path: string, value: unknown): PatchOperation => ({
  op: 'replace',
  path,
  value,
});

describe('patchJsonValue (evanphx/json-patch v5 semantics on a resource)', () => {
  it.each<[string, unknown, PatchOperation[], unknown]>([
    ['add creates a member', { a: 1 }, [add('/b', 2)], { a: 1, b: 2 }],
    [
      'add replaces an existing member wholesale',
      { a: { x: 1 } },
      [add('/a', { y: 2 })],
      { a: { y: 2 } },
    ],
    [
      'add inserts before the index',
      { l: [1, 2] },
      [add('/l/0', 0)],
      { l: [0, 1, 2] },
    ],
    [
      'add at index == length appends',
      { l: [1, 2] },
      [add('/l/2', 3)],
      { l: [1, 2, 3] },
    ],
    ['add with "-" appends', { l: [1] }, [add('/l/-', 2)], { l: [1, 2] }],
    [
      'add at -1 appends (index counted on the grown list)',
      { l: [1, 2] },
      [add('/l/-1', 9)],
      { l: [1, 2, 9] },
    ],
    [
      'add at -2 inserts before the last element',
      { l: [1, 2] },
      [add('/l/-2', 9)],
      { l: [1, 9, 2] },
    ],
    [
      'add without a value writes null',
      { a: 1 },
      [add('/b')],
      { a: 1, b: null },
    ],
    ['remove a member', { a: 1, b: 2 }, [remove('/a')], { b: 2 }],
    [
      'remove the last element with -1',
      { l: [1, 2, 3] },
      [remove('/l/-1')],
      { l: [1, 2] },
    ],
    [
      'replace an element with a negative index',
      { l: [1, 2, 3] },
      [replace('/l/-3', 0)],
      { l: [0, 2, 3] },
    ],
    [
      '~1 and ~0 decode in every segment',
      { 'a/b': { 'c~d': 1 } },
      [replace('/a~1b/c~0d', 2)],
      { 'a/b': { 'c~d': 2 } },
    ],
    [
      'a path without a leading slash skips its first segment',
      { replicas: 1, spec: {} },
      [replace('spec/replicas', 3)],
      { replicas: 3, spec: {} },
    ],
    [
      '"+1" and "01" are indices (strconv.Atoi)',
      { l: [1, 2, 3] },
      [replace('/l/+1', 9), replace('/l/02', 8)],
      { l: [1, 9, 8] },
    ],
    [
      '"" as an inner segment resolves to the original document, a discarded copy',
      { a: 1 },
      [add('//b', 2)],
      { a: 1 },
    ],
    [
      'replace "" swaps the whole document',
      { a: 1 },
      [replace('', { b: 2 })],
      { b: 2 },
    ],
    [
      'replace "" with null leaves a null document',
      { a: 1 },
      [replace('', null)],
      null,
    ],
    [
      'operations apply in sequence',
      { l: [] },
      [add('/l/-', 1), add('/l/0', 0), remove('/l/1')],
      { l: [0] },
    ],
    [
      'test passes on equal values',
      { a: { b: [1] } },
      [{ op: 'test', path: '/a', value: { b: [1] } }],
      { a: { b: [1] } },
    ],
    [
      'test of a missing member against null passes',
      { a: 1 },
      [{ op: 'test', path: '/x', value: null }],
      { a: 1 },
    ],
  ])('%s', (_name, doc, ops, expected) => {
    expect(patchJsonValue(doc, ops)).toEqual(expected);
  });

  it.each<[string, unknown, PatchOperation[], string]>([
    [
      'add with a missing parent',
      { a: 1 },
      [add('/x/y', 1)],
      'doc is missing path',
    ],
    [
      'add beyond the end of a list',
      { l: [1] },
      [add('/l/3', 1)],
      'Unable to access invalid index: 3',
    ],
    ['add below -(length+1)', { l: [1] }, [add('/l/-3', 1)], 'invalid index'],
    [
      'add with a non-numeric list index',
      { l: [1] },
      [add('/l/x', 1)],
      'value was not a proper array index',
    ],
    [
      'remove of a missing member',
      { a: 1 },
      [remove('/b')],
      'unable to remove nonexistent key: b',
    ],
    [
      'remove beyond the end of a list',
      { l: [1] },
      [remove('/l/1')],
      'invalid index',
    ],
    [
      'replace of a missing member',
      { a: 1 },
      [replace('/b', 1)],
      'doc is missing key',
    ],
    [
      'a path with no slash at all',
      { a: 1 },
      [add('a', 1)],
      'doc is missing path',
    ],
    [
      'walking through a string',
      { a: 'x' },
      [add('/a/b', 1)],
      'doc is missing path',
    ],
    [
      'walking through null',
      { a: null },
      [add('/a/b', 1)],
      'doc is missing path',
    ],
    [
      'move cannot be decoded without from',
      { a: 1 },
      [{ op: 'move', path: '/a' }],
      "failed to decode 'from'",
    ],
    [
      'an unknown operation',
      { a: 1 },
      [{ op: 'merge', path: '/a' }],
      'unsupported operation',
    ],
    [
      'replace "" with a string',
      { a: 1 },
      [replace('', 'x')],
      'must be object or array',
    ],
    [
      'a failing test',
      { a: 1 },
      [{ op: 'test', path: '/a', value: 2 }],
      'test failed',
    ],
  ])('fails: %s', (_name, doc, ops, message) => {
    expect(() => patchJsonValue(doc, ops)).toThrow(JsonPatchFailure);
    expect(() => patchJsonValue(doc, ops)).toThrow(message);
  });

  it('validates every operation before applying any', () => {
    expect(() =>
      patchJsonValue({ a: 1 }, [
        remove('/missing'),
        { op: 'copy', path: '/a' },
      ]),
    ).toThrow("failed to decode 'from'");
  });

  it('does not modify its input', () => {
    const doc = { a: { b: [1, 2] } };
    patchJsonValue(doc, [add('/a/b/-', 3), remove('/a/b/0'), add('/a/c', 1)]);
    expect(doc).toEqual({ a: { b: [1, 2] } });
  });
});

describe('patchJsonText (byte-level output)', () => {
  it.each<[string, string, PatchOperation[], string]>([
    [
      'compacts untouched parts and appends new keys',
      '{\n  "b": 1,\n  "a": {"x": 1}\n}',
      [add('/c', 'v')],
      '{"b":1,"a":{"x":1},"c":"v"}',
    ],
    [
      'keeps the key order when replacing',
      '{"b":1,"a":2}',
      [replace('/b', 3)],
      '{"b":3,"a":2}',
    ],
    [
      'escapes <, > and & in untouched strings',
      '{"u":"a<b>&c"}',
      [add('/k', true)],
      '{"u":"a\\u003cb\\u003e\\u0026c","k":true}',
    ],
    [
      'keeps other escapes as written',
      '{"e":"\\u00e9\\/x"}',
      [add('/k', 1)],
      '{"e":"\\u00e9\\/x","k":1}',
    ],
    [
      're-encodes keys of an opened object',
      '{"\\u00e9":{"x":1}}',
      [add('/é/y', 2)],
      '{"é":{"x":1,"y":2}}',
    ],
    [
      'escapes U+2028 in untouched text',
      '{"s":"a\u2028b"}',
      [add('/k', 1)],
      '{"s":"a\\u2028b","k":1}',
    ],
    ['works on a top-level array', '[1,2,3]', [remove('/0')], '[2,3]'],
    [
      'repeats the last value of a duplicated key',
      '{"a":1,"a":2}',
      [add('/b', 3)],
      '{"a":2,"a":2,"b":3}',
    ],
    [
      'writes inserted objects with sorted keys',
      '{}',
      [add('/v', { b: 1, a: '<' })],
      '{"v":{"a":"\\u003c","b":1}}',
    ],
    ['leaves an empty document empty', '', [add('/a', 1)], ''],
    ['add "" replaces the document', '{"a":1}', [add('', [1])], '[1]'],
  ])('%s', (_name, text, ops, expected) => {
    expect(patchJsonText(text, ops)).toBe(expected);
  });

  it.each<[string, string, PatchOperation[]]>([
    ['invalid JSON', '{not json', [add('/a', 1)]],
    ['a null document', 'null', [add('/a', 1)]],
    [
      'an array after leading whitespace (decoded as an object)',
      ' [1]',
      [add('/0', 1)],
    ],
    ['a scalar document', '5', [add('/a', 1)]],
    [
      'an invalid operation on an empty document',
      '',
      [{ op: 'copy', path: '/a' }],
    ],
  ])('fails on %s', (_name, text, ops) => {
    expect(() => patchJsonText(text, ops)).toThrow(JsonPatchFailure);
  });
});
