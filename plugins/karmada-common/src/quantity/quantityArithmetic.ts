import { int64Add, positiveScaleInt64, pow10, wrap64 } from './int64';
import { Quantity, QuantityInput } from './Quantity';
import { parseQuantity } from './parseQuantity';

function isZero(q: Quantity): boolean {
  return q.unscaled === 0n;
}

// int64Amount.Add, including the rescaling it does and its overflow checks.
function addInt64(
  a: Quantity,
  bValue: bigint,
  bExponent: number,
): [bigint, number] | undefined {
  if (bValue === 0n) return [a.unscaled, a.exponent];
  if (a.unscaled === 0n) return [bValue, bExponent];
  if (a.exponent === bExponent) {
    const [c, ok] = int64Add(a.unscaled, bValue);
    return ok ? [c, a.exponent] : undefined;
  }
  if (a.exponent > bExponent) {
    const [scaled, ok] = positiveScaleInt64(a.unscaled, a.exponent - bExponent);
    if (!ok) return undefined;
    const [c, ok2] = int64Add(scaled, bValue);
    return ok2 ? [c, bExponent] : undefined;
  }
  const [scaled, ok] = positiveScaleInt64(bValue, bExponent - a.exponent);
  if (!ok) return undefined;
  const [c, ok2] = int64Add(a.unscaled, scaled);
  return ok2 ? [c, a.exponent] : undefined;
}

// Exact a + sign·b at the finer of the two scales (inf.Dec's Add/Sub).
function exactSum(
  a: Quantity,
  b: Quantity,
  sign: 1n | -1n,
): { unscaled: bigint; exponent: number } {
  const exponent = Math.min(a.exponent, b.exponent);
  const ua = a.unscaled * pow10(a.exponent - exponent);
  const ub = b.unscaled * pow10(b.exponent - exponent);
  return { unscaled: ua + sign * ub, exponent };
}

/**
 * `a.Sub(b)` as Kubernetes computes it: in int64 form while that holds the
 * exact result, otherwise as an exact decimal. A zero `a` takes `b`'s format.
 *
 * @public
 */
export function subtractQuantities(
  aInput: QuantityInput,
  bInput: QuantityInput,
): Quantity {
  const a = parseQuantity(aInput);
  const b = parseQuantity(bInput);
  const format = isZero(a) ? b.format : a.format;
  if (a.form === 'int64' && b.form === 'int64') {
    const sum = addInt64(a, wrap64(-b.unscaled), b.exponent);
    if (sum)
      return { form: 'int64', unscaled: sum[0], exponent: sum[1], format };
  }
  return { form: 'decimal', ...exactSum(a, b, -1n), format };
}

/**
 * `a.Add(b)` as Kubernetes computes it (see subtractQuantities).
 *
 * @public
 */
export function addQuantities(
  aInput: QuantityInput,
  bInput: QuantityInput,
): Quantity {
  const a = parseQuantity(aInput);
  const b = parseQuantity(bInput);
  if (a.form === 'int64' && b.form === 'int64') {
    const format = a.unscaled === 0n ? b.format : a.format;
    const sum = addInt64(a, b.unscaled, b.exponent);
    if (sum)
      return { form: 'int64', unscaled: sum[0], exponent: sum[1], format };
  }
  const format = isZero(a) ? b.format : a.format;
  return { form: 'decimal', ...exactSum(a, b, 1n), format };
}

/**
 * Compares two quantities exactly: -1 when a < b, 0 when equal, 1 when a > b
 * (`Quantity.Cmp`). Accepts wire forms; throws on malformed ones.
 *
 * @public
 */
export function compareQuantities(
  aInput: QuantityInput,
  bInput: QuantityInput,
): -1 | 0 | 1 {
  const a = parseQuantity(aInput);
  const b = parseQuantity(bInput);
  const { unscaled } = exactSum(a, b, -1n);
  if (unscaled === 0n) return 0;
  return unscaled < 0n ? -1 : 1;
}
