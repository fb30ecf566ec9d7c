// Shortcuts for the quantities fleets are made of ("110", "64Gi", "15500m"):
// plain non-negative digits with an SI suffix, which Kubernetes keeps in
// int64 form. Their figures are computed with doubles, no bigints, while
// they stay below 2^53. Anything else returns undefined and takes the exact
// path (parseQuantity).

const LIMIT = 2 ** 53;

// Decimal and binary multipliers in units; milli is marked separately.
const MILLI = -1;
const FAIL = -2;

// Scans `raw`: returns the digits and writes the unit multiplier (or MILLI,
// FAIL) into `scratch.factor`. One shared scratch object: no allocation.
const scratch = { factor: FAIL };

function scan(raw: unknown): number {
  scratch.factor = FAIL;
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0)
    s = String(raw);
  else return 0;
  const n = s.length;
  let digits = 0;
  let end = 0;
  while (end < n) {
    const c = s.charCodeAt(end);
    if (c < 48 || c > 57) break;
    digits = digits * 10 + (c - 48);
    end++;
  }
  if (end === 0 || end > 15) return 0;
  const rest = n - end;
  if (rest === 0) {
    scratch.factor = 1;
  } else if (rest === 1) {
    switch (s.charCodeAt(end)) {
      case 109 /* m */:
        scratch.factor = MILLI;
        break;
      case 107 /* k */:
        scratch.factor = 1e3;
        break;
      case 77 /* M */:
        scratch.factor = 1e6;
        break;
      case 71 /* G */:
        scratch.factor = 1e9;
        break;
      case 84 /* T */:
        scratch.factor = 1e12;
        break;
      default:
    }
  } else if (rest === 2 && s.charCodeAt(end + 1) === 105 /* i */) {
    const exponent = 'KMGTP'.indexOf(s[end]) * 10 + 10;
    // ParseQuantity keeps a binary amount in int64 form only with this much precision left.
    if (exponent >= 10 && 15 - end - Math.trunc((exponent * 3) / 10) - 1 >= 0) {
      scratch.factor = 2 ** exponent;
    }
  }
  return digits;
}

/**
 * The exact `Value()` of a plain whole-unit quantity (`"110"`, `"64Gi"`,
 * `4`) in int64 form, when below 2^53; undefined otherwise (milli amounts,
 * signs, fractions, exponents, decimal-form binary amounts).
 *
 * @public
 */
export function fastUnitValue(raw: unknown): number | undefined {
  const digits = scan(raw);
  if (scratch.factor <= 0) return undefined;
  const value = digits * scratch.factor;
  return value < LIMIT ? value : undefined;
}

/**
 * The exact `MilliValue()` of a plain quantity (`"1500m"`, `"110"`,
 * `"64Gi"`) in int64 form, when below 2^53 millis; undefined otherwise.
 *
 * @public
 */
export function fastMilliValue(raw: unknown): number | undefined {
  const digits = scan(raw);
  if (scratch.factor === FAIL) return undefined;
  const milli =
    scratch.factor === MILLI ? digits : digits * scratch.factor * 1000;
  return milli < LIMIT ? milli : undefined;
}

/**
 * `Value()` from an exact integer milli value: rounded up away from zero, as
 * int64 quantities do.
 *
 * @public
 */
export function valueFromMilli(milli: number): number {
  const magnitude = Math.abs(milli);
  let q = Math.trunc(magnitude / 1000);
  // The double division can round across an integer near 2^53; settle exactly.
  while (q * 1000 > magnitude) q--;
  while ((q + 1) * 1000 <= magnitude) q++;
  const up = q * 1000 < magnitude ? q + 1 : q;
  return milli < 0 ? -up : up;
}
