import { goSprintS } from './goFormat';

describe('goSprintS (fmt %s of JSON-decoded values)', () => {
  it.each<[unknown, string]>([
    ['text', 'text'],
    [5, '%!s(int64=5)'],
    [-1, '%!s(int64=-1)'],
    [1.5, '%!s(float64=1.5)'],
    [1e30, '%!s(float64=1e+30)'],
    [true, '%!s(bool=true)'],
    [null, '%!s(<nil>)'],
    [['a', 1], '[a %!s(int64=1)]'],
    [{ b: 'x', a: 1 }, 'map[a:%!s(int64=1) b:x]'],
  ])('%j', (value, expected) => {
    expect(goSprintS(value)).toBe(expected);
  });
});
