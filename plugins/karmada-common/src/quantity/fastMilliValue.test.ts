import fc from 'fast-check';
import {
  fastMilliValue,
  fastUnitValue,
  valueFromMilli,
} from './fastMilliValue';
import { parseQuantity } from './parseQuantity';
import { quantityMilliValue, quantityValue } from './quantityValue';

describe('fastMilliValue and fastUnitValue', () => {
  it.each([
    ['110', 110_000, 110],
    [4, 4000, 4],
    ['1500m', 1500, undefined],
    ['64Gi', 64 * 2 ** 30 * 1000, 64 * 2 ** 30],
    ['2k', 2_000_000, 2000],
    ['3T', 3e15, 3e12],
  ])('%j: %s millis, %s units', (input, milli, units) => {
    expect(fastMilliValue(input)).toBe(milli);
    expect(fastUnitValue(input)).toBe(units);
  });

  it.each([
    ['1.5'],
    ['-1'],
    ['1e3'],
    ['1.5Gi'],
    ['10000Pi'],
    [1.5],
    [-2],
    ['1234567890123456'],
    [''],
    [null],
  ])('leaves %j to the exact path', input => {
    expect(fastMilliValue(input)).toBeUndefined();
    expect(fastUnitValue(input)).toBeUndefined();
  });

  it('a big memory amount has units but no exact millis', () => {
    expect(fastUnitValue('9900Gi')).toBe(9900 * 2 ** 30);
    expect(fastMilliValue('9900Gi')).toBeUndefined();
  });

  it('agrees with the exact path whenever it answers', () => {
    const suffix = fc.constantFrom(
      '',
      'm',
      'k',
      'M',
      'G',
      'T',
      'P',
      'Ki',
      'Mi',
      'Gi',
      'Ti',
      'Pi',
      'Ei',
      'e3',
      'u',
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        suffix,
        (digits, s) => {
          const text = `${digits}${s}`;
          const milli = fastMilliValue(text);
          const units = fastUnitValue(text);
          const q = parseQuantity(text);
          expect(
            milli === undefined || BigInt(milli) === quantityMilliValue(q),
          ).toBe(true);
          expect(
            units === undefined || BigInt(units) === quantityValue(q),
          ).toBe(true);
          // A shortcut answers only for quantities Kubernetes keeps in int64 form.
          expect(
            (milli === undefined && units === undefined) || q.form === 'int64',
          ).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('valueFromMilli', () => {
  it.each([
    [0, 0],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [-1, -1],
    [-1001, -2],
    [2 ** 53 - 1, 9007199254741],
  ])('%s millis is %s units', (milli, units) => {
    expect(valueFromMilli(milli)).toBe(units);
  });
});
