// Go's float formatting, which decides the exact text Karmada writes for
// numbers in JSON (encoding/json) and YAML (yaml.v2 uses FormatFloat 'g').

/** Shortest decimal digits and decimal exponent of a finite, non-zero number. */
function shortestDigits(
  x: number,
  bits: 32 | 64,
): { digits: string; exp: number } {
  let text = Math.abs(x).toExponential();
  if (bits === 32) {
    const target = Math.fround(Math.abs(x));
    for (let precision = 1; precision <= 9; precision++) {
      const candidate = target.toExponential(precision - 1);
      if (Math.fround(Number(candidate)) === target) {
        text = candidate;
        break;
      }
    }
  }
  const [mantissa, exponent] = text.split('e');
  return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}

function formatE(negative: boolean, digits: string, exp: number): string {
  const mantissa =
    digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const sign = exp < 0 ? '-' : '+';
  const magnitude = String(Math.abs(exp)).padStart(2, '0');
  return `${negative ? '-' : ''}${mantissa}e${sign}${magnitude}`;
}

function formatF(negative: boolean, digits: string, exp: number): string {
  // Decimal point position: digits[0] is at 10^exp.
  const pointAt = exp + 1;
  const fractionDigits = Math.max(digits.length - pointAt, 0);
  let integer = '0';
  if (pointAt > 0) integer = digits.slice(0, pointAt).padEnd(pointAt, '0');
  let fraction = '';
  for (let i = 0; i < fractionDigits; i++) {
    const index = pointAt + i;
    fraction += index >= 0 && index < digits.length ? digits[index] : '0';
  }
  return `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

/**
 * `strconv.FormatFloat(x, 'g', -1, bits)`: shortest representation, `%e`
 * style when the exponent is below -4 or at least 6 (`1.2345675e+06`).
 *
 * @internal
 */
export function formatFloatG(x: number, bits: 32 | 64 = 64): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const value = bits === 32 ? Math.fround(x) : x;
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return negative ? '-0' : '0';
  const { digits, exp } = shortestDigits(value, bits);
  if (exp < -4 || exp >= 6) return formatE(negative, digits, exp);
  return formatF(negative, digits, exp);
}

/**
 * How Go's encoding/json writes a float64: plain decimal between 1e-6 and
 * 1e21, exponent form outside (`1e-7`, `1e+21`). JavaScript's own number
 * printing uses the same thresholds and shortest digits; only -0 differs.
 *
 * @internal
 */
export function formatJsonNumber(x: number): string {
  if (!Number.isFinite(x))
    throw new Error(`json: unsupported value: ${formatFloatG(x)}`);
  if (Object.is(x, -0)) return '-0';
  return String(x);
}
