import fc from 'fast-check';
import { goSort } from './goSort';

interface Item {
  key: number;
  id: number;
}

const byKeyDescending = (a: Item, b: Item) => a.key > b.key;
const items = (keys: number[]): Item[] => keys.map((key, id) => ({ key, id }));

describe("goSort (Go's sort.Sort)", () => {
  it('sorts by the less function', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }),
        keys => {
          const sorted = goSort(items(keys), byKeyDescending).map(i => i.key);
          expect(sorted).toEqual([...keys].sort((a, b) => b - a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is stable up to 12 elements (insertion sort), so ties keep their input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        keys => {
          const sorted = goSort(items(keys), byKeyDescending);
          const stable = [...items(keys)].sort(
            (a, b) => b.key - a.key || a.id - b.id,
          );
          expect(sorted).toEqual(stable);
        },
      ),
    );
  });

  it('is deterministic for a given input order beyond 12 elements', () => {
    const keys = Array.from({ length: 60 }, (_, i) => (i * 7) % 5);
    const first = goSort(items(keys), byKeyDescending).map(i => i.id);
    const second = goSort(items(keys), byKeyDescending).map(i => i.id);
    expect(first).toEqual(second);
  });

  it.each([
    [
      'already sorted input stays as it is',
      Array.from({ length: 40 }, (_, i) => 40 - i),
    ],
    ['reversed input', Array.from({ length: 40 }, (_, i) => i)],
    ['all equal', Array.from({ length: 40 }, () => 1)],
  ])('%s', (_, keys) => {
    const sorted = goSort(items(keys), byKeyDescending);
    expect(sorted.map(i => i.key)).toEqual([...keys].sort((a, b) => b - a));
  });

  // Go's own order of tied items, as Go's sort.Sort gives it (Go 1.19's
  // sort package run with the breakPatterns shifts of newer Go, 13/7/17; see
  // goSort.ts). `keys` are sorted descending; the expectation lists the
  // input positions in output order.
  it.each<[string, number[], number[]]>([
    [
      // No random swaps: one partition around position 6 (the median of
      // positions 3, 6, 9), which moves position 0 to 6 and position 1 to
      // the end, then insertion sort of the 11 remaining ties.
      'twelve ties behind one larger item',
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2],
      [12, 6, 2, 3, 4, 5, 0, 7, 8, 9, 10, 11, 1],
    ],
    [
      'a larger item among twelve ties (Aggregated after region selection)',
      [10, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
      [6, 2, 3, 4, 5, 0, 7, 8, 9, 10, 11, 12, 1],
    ],
    [
      // An unbalanced partition makes breakPatterns swap with random
      // positions. Go 1.19–1.23's generator (13/17/5) gives
      // 15,17,9,3,13,5,11,7,19,1,10,6,12,4,14,0,16,2,18,8 here.
      'alternating keys',
      [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
      [15, 1, 19, 3, 17, 5, 13, 7, 9, 11, 12, 8, 10, 6, 14, 0, 16, 4, 18, 2],
    ],
    [
      // 13/17/5 gives 12,10,15,14,8,13,11,9,4,6,7,1,0,5,3,2.
      'two runs of eight ties, ascending',
      [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1],
      [12, 10, 15, 14, 13, 11, 8, 9, 1, 7, 6, 5, 0, 4, 3, 2],
    ],
  ])('puts ties where Go does: %s', (_, keys, expected) => {
    expect(goSort(items(keys), byKeyDescending).map(i => i.id)).toEqual(
      expected,
    );
  });

  it('leaves an all-equal sorted run in input order (pdqsort sees it sorted)', () => {
    const equal = items(Array.from({ length: 40 }, () => 1));
    expect(goSort([...equal], byKeyDescending).map(i => i.id)).toEqual(
      equal.map(i => i.id),
    );
  });
});
