import {
  JsonPointerError,
  getByPointer,
  parsePointer,
  setByPointer,
} from './jsonPointer';

describe('go-openapi jsonpointer', () => {
  const doc = {
    data: { 'a/b': 'x', 'c~d': 'y', n: 5, list: ['p', 'q'], nil: null },
  };

  it.each([
    ['/data/a~1b', 'x', true],
    ['/data/c~0d', 'y', true],
    ['/data/list/1', 'q', true],
    ['/data/n', 5, false],
    ['/data/nil', null, false],
    ['', doc, false],
  ])('get %j', (pointer, value, isString) => {
    expect(getByPointer(doc, parsePointer(pointer))).toEqual({
      value,
      isString,
    });
  });

  it.each([
    ['data', 'must be empty or start with a "/"'],
    ['/data/missing', 'object has no key "missing"'],
    ['/data/list/2', 'index out of bounds'],
    ['/data/list/-1', 'index out of bounds'],
    ['/data/list/-', 'cannot resolve "-"'],
    ['/data/nil/x', 'nil value has no field "x"'],
    ['/data/n/x', 'invalid token reference "x"'],
  ])('rejects %j', (pointer, message) => {
    expect(() => getByPointer(doc, parsePointer(pointer))).toThrow(
      JsonPointerError,
    );
    expect(() => getByPointer(doc, parsePointer(pointer))).toThrow(message);
  });

  it('sets on a copy', () => {
    const copy = setByPointer(
      doc,
      parsePointer('/data/list/0'),
      'z',
    ) as typeof doc;
    expect(copy.data.list).toEqual(['z', 'q']);
    expect(doc.data.list).toEqual(['p', 'q']);
  });
});
