import { Quantity, QuantityInput } from './Quantity';
import { parseQuantity } from './parseQuantity';
import { pow10 } from './int64';

const DECIMAL_SUFFIX_BY_EXPONENT = new Map<number, string>([
  [-9, 'n'],
  [-6, 'u'],
  [-3, 'm'],
  [0, ''],
  [3, 'k'],
  [6, 'M'],
  [9, 'G'],
  [12, 'T'],
  [15, 'P'],
  [18, 'E'],
]);
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

// Mantissa and exponent with trailing zeros folded into an exponent that is a
// multiple of three (AsCanonicalBytes).
function canonicalDecimal(q: Quantity): [bigint, number] {
  let amount = q.unscaled;
  let exponent = q.exponent;
  while (amount % 10n === 0n && (amount >= 10n || amount <= -10n)) {
    amount /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    amount *= 10n;
    exponent--;
  }
  return [amount, exponent];
}

function decimalString(
  q: Quantity,
  format: 'DecimalSI' | 'DecimalExponent',
): string {
  const [amount, exponent] = canonicalDecimal(q);
  if (format === 'DecimalSI') {
    const suffix = DECIMAL_SUFFIX_BY_EXPONENT.get(exponent);
    // Kubernetes prints no suffix beyond E (a bug that shows 1000E as "1");
    // the exponent form keeps the value readable instead.
    if (suffix !== undefined) return `${amount}${suffix}`;
  }
  return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
}

// The value rounded up (away from zero) to an integer, and whether that was exact.
function roundToInteger(q: Quantity): [bigint, boolean] {
  if (q.exponent >= 0) return [q.unscaled * pow10(q.exponent), true];
  const d = pow10(-q.exponent);
  const quotient = q.unscaled / d;
  if (quotient * d === q.unscaled) return [quotient, true];
  return [q.unscaled > 0n ? quotient + 1n : quotient - 1n, false];
}

/**
 * Prints a quantity in Kubernetes' canonical form (`Quantity.String()`):
 * `1.5Gi` → `1536Mi`, `1.5` → `1500m`, `2000m` → `2`.
 *
 * @public
 */
export function formatQuantity(input: QuantityInput): string {
  const q = parseQuantity(input);
  if (q.unscaled === 0n) return '0';
  if (q.format === 'BinarySI') {
    const [value, exact] = roundToInteger(q);
    const small = value > -1024n && value < 1024n && exact;
    if (!small && exact) {
      let amount = value;
      let power = 0;
      while (
        power < 6 &&
        (amount >= 1024n || amount <= -1024n) &&
        amount % 1024n === 0n
      ) {
        amount /= 1024n;
        power++;
      }
      return `${amount}${BINARY_SUFFIXES[power]}`;
    }
    return decimalString(q, 'DecimalSI');
  }
  return decimalString(q, q.format);
}
