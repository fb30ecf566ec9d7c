import {
  quantityMilliValue,
  quantityScaledValue,
  quantityValue,
} from './quantityValue';
import { subtractQuantities } from './quantityArithmetic';
import type { Quantity } from './Quantity';

const int64 = (unscaled: bigint, exponent: number): Quantity => ({
  form: 'int64',
  unscaled,
  exponent,
  format: 'DecimalSI',
});
const decimal = (unscaled: bigint, exponent: number): Quantity => ({
  form: 'decimal',
  unscaled,
  exponent,
  format: 'DecimalSI',
});

describe('quantityValue and quantityMilliValue', () => {
  it.each([
    // int64 form rounds away from zero (negativeScaleInt64)
    ['1.2', 2n, 1200n],
    ['-1.2', -2n, -1200n],
    ['1001m', 2n, 1001n],
    ['-1001m', -2n, -1001n],
    ['1n', 1n, 1n],
    ['-1n', -1n, -1n],
    ['999u', 1n, 1n],
  ])('%s rounds to %s units and %s millis', (input, value, milli) => {
    expect(quantityValue(input)).toBe(value);
    expect(quantityMilliValue(input)).toBe(milli);
  });

  it.each([
    // Kubernetes' decimal form rounds a negative value toward +∞, then adds 1
    // when there is a remainder: -1.5 gives 0, -0.5 gives 1 (scale_int.go).
    ['-1.5 (decimal)', decimal(-1_500_000_000n, -9), 0n],
    ['-0.5 (decimal)', decimal(-500_000_000n, -9), 1n],
    ['-2 (decimal)', decimal(-2_000_000_000n, -9), -2n],
    ['2.5 (decimal)', decimal(2_500_000_000n, -9), 3n],
  ])('decimal form: Value(%s) is %s', (_, q, value) => {
    expect(quantityValue(q)).toBe(value);
  });

  it('reproduces the overflow quirk: 1.5Gi − 12G looks huge (SEMANTICS §13)', () => {
    const left = subtractQuantities('1.5Gi', '12G');
    expect(left.form).toBe('decimal');
    expect(left.unscaled < 0n).toBe(true);
    // Int64() of a negative big value wraps; Kubernetes then divides.
    expect(quantityValue(left)).toBe(8_057_356_810n);
  });

  it.each([
    ['scale 3 wraps', int64(10n ** 16n, 0), -3, BigInt.asIntN(64, 10n ** 19n)],
    ['scale 21 overflows to 0', int64(1n, 18), -3, 0n],
    ['scale 19 fits', int64(1n, 18), 0, 10n ** 18n],
  ])('int64 form: %s', (_, q, scale, expected) => {
    expect(quantityScaledValue(q, scale)).toBe(expected);
  });
});
