import { cloneJson, jsonEqual, setOwn } from './objects';

describe('objects', () => {
  it('sets "__proto__" as an own property', () => {
    const o: Record<string, unknown> = {};
    setOwn(o, '__proto__', { polluted: true });
    expect(Object.keys(o)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('clones deeply, keeping "__proto__" keys', () => {
    const source = JSON.parse('{"a":{"__proto__":{"x":1}},"l":[{"b":2}]}');
    const copy = cloneJson(source);
    expect(copy).toEqual(source);
    expect(copy.a).not.toBe(source.a);
    expect(Object.keys(copy.a)).toEqual(['__proto__']);
  });

  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [2, 1], false],
    [null, {}, false],
  ])('jsonEqual(%j, %j) is %s', (a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected);
  });
});
