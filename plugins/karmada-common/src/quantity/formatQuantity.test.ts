import { formatQuantity } from './formatQuantity';
import type { Quantity } from './Quantity';

describe('formatQuantity', () => {
  it.each([
    ['0', '0'],
    ['1.5Gi', '1536Mi'],
    ['1.5', '1500m'],
    ['2000m', '2'],
    ['1000', '1k'],
    ['1024Mi', '1Gi'],
    ['0.5Ki', '512'],
    ['1000000000', '1G'],
    ['0.1m', '100u'],
    ['12e6', '12e6'],
    ['1e3', '1e3'],
    ['-1500m', '-1500m'],
    ['1.5Ki', '1536'],
    ['1.2Ki', '1228800m'],
    // Beyond E Kubernetes prints no suffix at all; the exponent keeps it readable.
    ['1000E', '1e21'],
  ])('%s prints as %s', (input, text) => {
    expect(formatQuantity(input)).toBe(text);
  });

  it.each<[string, Quantity, string]>([
    [
      '1500 millicores',
      { form: 'int64', unscaled: 1500n, exponent: -3, format: 'DecimalSI' },
      '1500m',
    ],
    [
      '2^30 bytes',
      { form: 'int64', unscaled: 2n ** 30n, exponent: 0, format: 'BinarySI' },
      '1Gi',
    ],
    [
      '10^9 bytes, binary',
      { form: 'int64', unscaled: 10n ** 9n, exponent: 0, format: 'BinarySI' },
      '1000000000',
    ],
  ])('a parsed quantity (%s) prints as %s', (_, q, text) => {
    expect(formatQuantity(q)).toBe(text);
  });
});
