import fc from 'fast-check';
import { allocate, tieBreakForUID, websterSeats } from './webster';

const seats = (
  total: number,
  votes: number[],
  tieBreak?: 'ascending' | 'descending',
) => Array.from(websterSeats(total, votes, tieBreak).seats);

describe('Webster / Sainte-Laguë (SEMANTICS §9.7)', () => {
  it.each([
    // total, votes (parties in name order), seats
    [12, [3, 2, 1], [6, 4, 2]],
    [13, [3, 2, 1], [7, 4, 2]],
    [14, [3, 2, 1], [7, 5, 2]],
    [5, [170, 110, 60], [2, 2, 1]],
    [6, [170, 110, 60], [3, 2, 1]],
    [6, [1, 1, 1], [2, 2, 2]],
    [9, [2, 1, 1, 1], [3, 2, 2, 2]],
    [6, [2, 1, 1, 1], [3, 1, 1, 1]],
    [12, [6, 8, 10], [3, 4, 5]],
    [12, [18, 12, 6], [6, 4, 2]],
    [0, [1, 2], [0, 0]],
    // a party without votes never wins a seat while others have votes
    [3, [0, 5], [0, 3]],
  ])('%s seats over %j → %j', (total, votes, expected) => {
    expect(seats(total, votes)).toEqual(expected);
    expect(websterSeats(total, votes, undefined).alternative).toBeUndefined();
  });

  it('gives an equal-priority seat to the party with fewer seats first', () => {
    // After a:1, b:0 with votes 3:1, priorities are 1 and 1: b has fewer seats.
    expect(seats(2, [3, 1])).toEqual([1, 1]);
  });

  it.each([
    [1, [1, 1], [1, 0], [0, 1]],
    [3, [1, 1], [2, 1], [1, 2]],
    [5, [1, 1, 1], [2, 2, 1], [1, 2, 2]],
    [3, [1, 1, 1, 1], [1, 1, 1, 0], [0, 1, 1, 1]],
    [7, [2, 1, 1, 1], [3, 2, 1, 1], [3, 1, 1, 2]],
  ])(
    'reports both outcomes of a name tie: %s over %j',
    (total, votes, ascending, descending) => {
      const result = websterSeats(total, votes, undefined);
      expect(Array.from(result.seats)).toEqual(ascending);
      expect(Array.from(result.alternative ?? [])).toEqual(descending);
      expect(seats(total, votes, 'descending')).toEqual(descending);
    },
  );

  it('reports no tie when the name order does not change the outcome', () => {
    expect(websterSeats(2, [1, 1], undefined).alternative).toBeUndefined();
  });

  it('hands out huge seat counts like the one-at-a-time method', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1100, max: 5000 }),
        fc.constantFrom<'ascending' | 'descending'>('ascending', 'descending'),
        (votes, total, tieBreak) => {
          const shortcut = allocate(total, votes, tieBreak);
          const heapOnly = allocate(total, votes, tieBreak, false);
          expect(Array.from(shortcut.seats)).toEqual(
            Array.from(heapOnly.seats),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tieBreakForUID (FNV-32a parity)', () => {
  it.each([
    ['', 'ascending'],
    [undefined, 'ascending'],
    ['b', 'descending'],
    ['a', 'ascending'],
  ])('UID %j breaks ties %s', (uid, expected) => {
    expect(tieBreakForUID(uid)).toBe(expected);
  });
});
