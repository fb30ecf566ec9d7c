import { isValidQuantity, parseQuantity, quantityError } from './parseQuantity';
import { quantityMilliValue, quantityValue } from './quantityValue';

const FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

describe('parseQuantity', () => {
  it.each([
    // input, Value(), MilliValue(), format, form Kubernetes keeps it in
    ['0', 0n, 0n, 'DecimalSI', 'int64'],
    ['4', 4n, 4000n, 'DecimalSI', 'int64'],
    [4, 4n, 4000n, 'DecimalSI', 'int64'],
    ['500m', 1n, 500n, 'DecimalSI', 'int64'],
    ['1.5', 2n, 1500n, 'DecimalSI', 'int64'],
    ['0.1m', 1n, 1n, 'DecimalSI', 'int64'],
    ['4G', 4_000_000_000n, 4_000_000_000_000n, 'DecimalSI', 'int64'],
    ['1k', 1000n, 1_000_000n, 'DecimalSI', 'int64'],
    ['1Ki', 1024n, 1_024_000n, 'BinarySI', 'int64'],
    ['1Gi', 1_073_741_824n, 1_073_741_824_000n, 'BinarySI', 'int64'],
    ['1.5Gi', 1_610_612_736n, 1_610_612_736_000n, 'BinarySI', 'decimal'],
    ['0.5Ki', 512n, 512_000n, 'BinarySI', 'decimal'],
    ['1e3', 1000n, 1_000_000n, 'DecimalExponent', 'int64'],
    ['12E6', 12_000_000n, 12_000_000_000n, 'DecimalExponent', 'int64'],
    ['2e-3', 1n, 2n, 'DecimalExponent', 'int64'],
    ['1e-20', 1n, 1n, 'DecimalExponent', 'decimal'],
    ['+3', 3n, 3000n, 'DecimalSI', 'int64'],
    ['-1.5', -2n, -1500n, 'DecimalSI', 'int64'],
    ['.5', 1n, 500n, 'DecimalSI', 'int64'],
    ['1.', 1n, 1000n, 'DecimalSI', 'int64'],
    ['007', 7n, 7000n, 'DecimalSI', 'int64'],
    [' 2Gi ', 2_147_483_648n, 2_147_483_648_000n, 'BinarySI', 'int64'],
    // Kubernetes accepts a bare sign as zero.
    ['-', 0n, 0n, 'DecimalSI', 'int64'],
  ])(
    '%j is %s units, %s millis (%s, %s form)',
    (input, value, milli, format, form) => {
      const q = parseQuantity(input);
      expect(quantityValue(q)).toBe(value);
      expect(quantityMilliValue(q)).toBe(milli);
      expect(q.format).toBe(format);
      expect(q.form).toBe(form);
    },
  );

  it.each([
    ['', FORMAT_ERROR],
    ['abc', FORMAT_ERROR],
    ['1.2.3', FORMAT_ERROR],
    ['1 Gi', FORMAT_ERROR],
    ['1Ki1', "unable to parse quantity's suffix"],
    ['5i', "unable to parse quantity's suffix"],
    ['1e', "unable to parse quantity's suffix"],
    ['1e+', "unable to parse quantity's suffix"],
    ['1mi', "unable to parse quantity's suffix"],
    ['.e-20', 'unable to parse numeric part of quantity'],
    ['1e200', 'quantities must be smaller than 1e100 in magnitude'],
    [Number.NaN, FORMAT_ERROR],
    [Number.POSITIVE_INFINITY, FORMAT_ERROR],
  ])('rejects %j: %s', (input, reason) => {
    expect(quantityError(input)).toBe(reason);
    expect(isValidQuantity(input)).toBe(false);
    expect(() => parseQuantity(input, 'resources.requests.cpu')).toThrow(
      `resources.requests.cpu: ${reason}`,
    );
  });

  it('caps binary quantities at the largest int64, like Kubernetes', () => {
    expect(quantityValue('7Ei')).toBe(7n * 2n ** 60n);
    expect(quantityValue('9Ei')).toBe(2n ** 63n - 1n);
    expect(quantityValue('100000Ei')).toBe(2n ** 63n - 1n);
  });

  it.each([[undefined], [null], [{}], [[]], [true]])(
    'isValidQuantity(%j) is false',
    input => {
      expect(isValidQuantity(input)).toBe(false);
    },
  );
});
