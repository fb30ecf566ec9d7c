import {
  addQuantities,
  compareQuantities,
  subtractQuantities,
} from './quantityArithmetic';
import { quantityMilliValue, quantityValue } from './quantityValue';
import { formatQuantity } from './formatQuantity';

describe('subtractQuantities', () => {
  it.each([
    ['8Gi', '2Gi', 6n * 2n ** 30n, 'int64', '6Gi'],
    ['4', '1500m', 3n, 'int64', '2500m'],
    ['100', '120', -20n, 'int64', '-20'],
    ['1.5Gi', '512Mi', 2n ** 30n, 'decimal', '1Gi'],
    ['0', '1Gi', -(2n ** 30n), 'int64', '-1Gi'],
  ])('%s − %s = %s units (%s form, prints %s)', (a, b, value, form, text) => {
    const result = subtractQuantities(a, b);
    expect(quantityValue(result)).toBe(value);
    expect(result.form).toBe(form);
    expect(formatQuantity(result)).toBe(text);
  });

  it('moves to the decimal form when int64 would overflow', () => {
    // 9E − (−1E) stays int64 ({10, 18}); 9E + 3·10^17 needs more than int64.
    expect(subtractQuantities('9E', '-1E').form).toBe('int64');
    const result = subtractQuantities('9E', '-300000000000000000');
    expect(result.form).toBe('decimal');
    expect(compareQuantities(result, '9300000000000000000')).toBe(0);
  });

  it('keeps milli precision across scales', () => {
    expect(quantityMilliValue(subtractQuantities('2', '1m'))).toBe(1999n);
  });
});

describe('addQuantities', () => {
  it.each([
    ['1Gi', '1Gi', '2Gi'],
    ['500m', '500m', '1'],
    ['1.5Gi', '0.5Gi', '2Gi'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(compareQuantities(addQuantities(a, b), sum)).toBe(0);
  });
});

describe('compareQuantities', () => {
  it.each([
    ['1Gi', '1073741824', 0],
    ['1G', '1Gi', -1],
    ['500m', 1, -1],
    [2, '1999m', 1],
    ['1.5Gi', '1536Mi', 0],
    ['-1', '0', -1],
    ['1e3', '1k', 0],
    ['100Mi', '0.1Gi', -1],
  ])('compare(%j, %j) is %s', (a, b, expected) => {
    expect(compareQuantities(a, b)).toBe(expected);
  });

  it('throws on a malformed quantity', () => {
    expect(() => compareQuantities('1mi', '1')).toThrow(
      "unable to parse quantity's suffix",
    );
  });
});
