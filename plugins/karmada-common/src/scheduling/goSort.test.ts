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

  it('leaves an all-equal sorted run in input order (pdqsort sees it sorted)', () => {
    const equal = items(Array.from({ length: 40 }, () => 1));
    expect(goSort([...equal], byKeyDescending).map(i => i.id)).toEqual(
      equal.map(i => i.id),
    );
  });
});
