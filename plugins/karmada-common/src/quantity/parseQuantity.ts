import { KarmadaInputError } from '../errors';
import { MAX_INT64, int64Multiply, pow10 } from './int64';
import {
  Quantity,
  QuantityFormat,
  QuantityInput,
  isQuantity,
} from './Quantity';

// The error texts are Kubernetes' own (resource.ErrFormatWrong and friends).
const ERR_FORMAT =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const ERR_NUMERIC = 'unable to parse numeric part of quantity';
const ERR_SUFFIX = "unable to parse quantity's suffix";
// Not Kubernetes: bounds the bigint work an untrusted quantity can cause.
const ERR_TOO_LARGE = 'quantities must be smaller than 1e100 in magnitude';
const MAX_DIGITS = 100;

const SUFFIX_CHARS = 'eEinumkKMGTP';
const DECIMAL_SUFFIXES = new Map<string, number>([
  ['n', -9],
  ['u', -6],
  ['m', -3],
  ['', 0],
  ['k', 3],
  ['M', 6],
  ['G', 9],
  ['T', 12],
  ['P', 15],
  ['E', 18],
]);
const BINARY_SUFFIXES = new Map<string, number>([
  ['Ki', 10],
  ['Mi', 20],
  ['Gi', 30],
  ['Ti', 40],
  ['Pi', 50],
  ['Ei', 60],
]);

interface Scanned {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
  hasDigit: boolean;
}

const isDigit = (c: string) => c >= '0' && c <= '9';

// Kubernetes' parseQuantityString: sign, leading zeros, digits, '.', digits,
// then suffix letters and an optional signed exponent.
function scan(str: string): Scanned | string {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  const zerosFrom = pos;
  while (pos < end && str[pos] === '0') pos++;
  const hadZeros = pos > zerosFrom;
  if (pos >= end)
    return { positive, num: '0', denom: '', suffix: '', hasDigit: true };
  const numFrom = pos;
  while (pos < end && isDigit(str[pos])) pos++;
  const rawNum = str.slice(numFrom, pos);
  let denom = '';
  if (pos < end && str[pos] === '.') {
    pos++;
    const denomFrom = pos;
    while (pos < end && isDigit(str[pos])) pos++;
    denom = str.slice(denomFrom, pos);
  }
  const hasDigit = hadZeros || rawNum.length > 0 || denom.length > 0;
  const num = rawNum.length > 0 ? rawNum : '0';
  const suffixFrom = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return ERR_FORMAT;
  return { positive, num, denom, suffix: str.slice(suffixFrom), hasDigit };
}

function interpretSuffix(
  suffix: string,
): { base: 10 | 2; exponent: number; format: QuantityFormat } | undefined {
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal !== undefined)
    return { base: 10, exponent: decimal, format: 'DecimalSI' };
  const binary = BINARY_SUFFIXES.get(suffix);
  if (binary !== undefined)
    return { base: 2, exponent: binary, format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    // strconv.ParseInt(…, 10, 64), then Go's int32 conversion (which wraps).
    if (!/^[+-]?\d+$/.test(suffix.slice(1))) return undefined;
    const parsed = BigInt(suffix.slice(1));
    if (parsed > MAX_INT64 || parsed < -MAX_INT64 - 1n) return undefined;
    return {
      base: 10,
      exponent: Number(BigInt.asIntN(32, parsed)),
      format: 'DecimalExponent',
    };
  }
  return undefined;
}

function digitCount(x: bigint): number {
  return (x < 0n ? -x : x).toString().length;
}

/**
 * Why a quantity is malformed (Kubernetes' reason), or undefined when it parses.
 *
 * @public
 */
export function quantityError(input: string | number): string | undefined {
  const result = tryParse(input);
  return typeof result === 'string' ? result : undefined;
}

/**
 * Parses a quantity, returning Kubernetes' reason instead of throwing (for
 * callers that build the error's field path only when it is needed).
 */
export function parseQuantityResult(input: string | number): Quantity | string {
  return tryParse(input);
}

function tryParse(input: string | number): Quantity | string {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return ERR_FORMAT;
    return tryParse(String(input));
  }
  if (typeof input !== 'string') return ERR_FORMAT;
  // Quantity.UnmarshalJSON trims the JSON string before parsing.
  const str = input.trim();
  if (str.length === 0) return ERR_FORMAT;
  if (str === '0')
    return { form: 'int64', unscaled: 0n, exponent: 0, format: 'DecimalSI' };
  const s = scan(str);
  if (typeof s === 'string') return s;
  const suffix = interpretSuffix(s.suffix);
  if (!suffix) return ERR_SUFFIX;
  const { base, exponent } = suffix;
  let format = suffix.format;

  // Fast path: an int64 amount when the digits and the scale fit.
  let precision: number;
  let scale = 0;
  let mantissa = 1n;
  if (base === 10) {
    scale = exponent;
    precision = 18 - (s.num.length + s.denom.length);
  } else if (exponent >= 0 && s.denom.length === 0) {
    mantissa = 1n << BigInt(exponent);
    precision = 15 - s.num.length - Math.trunc((exponent * 3) / 10) - 1;
  } else {
    precision = -1;
  }
  if (precision >= 0) {
    scale -= s.denom.length;
    if (scale >= -9) {
      const [result, ok] = int64Multiply(BigInt(s.num + s.denom), mantissa);
      if (ok) {
        if (digitCount(result) + scale > MAX_DIGITS) return ERR_TOO_LARGE;
        return {
          form: 'int64',
          unscaled: s.positive ? result : -result,
          exponent: scale,
          format,
        };
      }
    }
  }

  // Slow path: an exact decimal (Kubernetes' inf.Dec), rounded up to nano units.
  if (!s.hasDigit) return ERR_NUMERIC;
  let unscaled = BigInt(s.num + s.denom);
  let exp = -s.denom.length;
  if (base === 10) exp += exponent;
  else unscaled <<= BigInt(exponent);
  if (unscaled !== 0n) {
    if (digitCount(unscaled) + exp > MAX_DIGITS) return ERR_TOO_LARGE;
    if (exp > -9) {
      unscaled *= pow10(exp + 9);
    } else if (exp < -9) {
      const shift = -9 - exp;
      // Rounding away from zero: anything smaller than a nano unit becomes 1n.
      if (digitCount(unscaled) <= shift) unscaled = 1n;
      else {
        const d = pow10(shift);
        unscaled = (unscaled + d - 1n) / d;
      }
    }
    exp = -9;
    // The cap is BinarySI only, as in Kubernetes (decimal quantities are not capped).
    if (format === 'BinarySI' && unscaled > MAX_INT64 * 1_000_000_000n) {
      unscaled = MAX_INT64;
      exp = 0;
    }
    if (format === 'BinarySI' && exp === -9 && unscaled < 1_000_000_000n)
      format = 'DecimalSI';
  } else if (exp < -9) {
    // A zero at an absurd scale: keep it at nano scale so later arithmetic stays small.
    exp = -9;
  }
  return {
    form: 'decimal',
    unscaled: s.positive ? unscaled : -unscaled,
    exponent: exp,
    format,
  };
}

/**
 * Parses a Kubernetes quantity (`"500m"`, `"1.5Gi"`, `"2e3"`, `4`) exactly as
 * `resource.ParseQuantity` does (after `UnmarshalJSON`'s whitespace trim),
 * including its rounding of sub-nano fractions up to `1n`. Throws a
 * KarmadaInputError with Kubernetes' reason when the quantity is malformed;
 * `path` names the field in the message.
 *
 * @public
 */
export function parseQuantity(input: QuantityInput, path = ''): Quantity {
  if (isQuantity(input)) return input;
  const result = tryParse(input);
  if (typeof result === 'string')
    throw new KarmadaInputError([{ path, reason: result }]);
  return result;
}

/**
 * Whether a value is a well-formed Kubernetes quantity.
 *
 * @public
 */
export function isValidQuantity(input: unknown): boolean {
  if (isQuantity(input)) return true;
  if (typeof input !== 'string' && typeof input !== 'number') return false;
  return typeof tryParse(input) !== 'string';
}
