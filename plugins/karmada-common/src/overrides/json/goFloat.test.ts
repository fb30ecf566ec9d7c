import { formatFloatG, formatJsonNumber } from './goFloat';

describe('formatFloatG (strconv.FormatFloat(x, g, -1, bits))', () => {
  it.each<[number, 32 | 64, string]>([
    [0, 64, '0'],
    [-0, 64, '-0'],
    [1, 64, '1'],
    [1.5, 64, '1.5'],
    [100000, 64, '100000'],
    [1000000, 64, '1e+06'],
    [1234567.5, 64, '1.2345675e+06'],
    [0.0001, 64, '0.0001'],
    [0.00001, 64, '1e-05'],
    [1e21, 64, '1e+21'],
    [-2.5e-7, 64, '-2.5e-07'],
    [0.1, 32, '0.1'],
    [3.14159265358979, 32, '3.1415927'],
    [1e10, 32, '1e+10'],
    [Infinity, 64, '+Inf'],
    [NaN, 64, 'NaN'],
  ])('%d (%d bits) → %s', (x, bits, expected) => {
    expect(formatFloatG(x, bits)).toBe(expected);
  });
});

describe('formatJsonNumber (encoding/json)', () => {
  it.each([
    [1, '1'],
    [1.5, '1.5'],
    [1e20, '100000000000000000000'],
    [1e21, '1e+21'],
    [1e-7, '1e-7'],
    [-0, '-0'],
  ])('%d → %s', (x, expected) => {
    expect(formatJsonNumber(x)).toBe(expected);
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatJsonNumber(NaN)).toThrow('unsupported value');
  });
});
