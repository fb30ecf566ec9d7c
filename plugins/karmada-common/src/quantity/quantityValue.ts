import {
  MAX_INT64,
  MIN_INT64,
  negativeScaleInt64,
  pow10,
  positiveScaleInt64,
  wrap64,
} from './int64';
import { QuantityInput } from './Quantity';
import { parseQuantity } from './parseQuantity';

// Go's int64(math.Pow10(n)): exact up to 10^18; beyond, the float does not fit
// and amd64 yields the "integer indefinite" value, the smallest int64.
function goPow10Int64(n: number): bigint {
  return n <= 18 ? pow10(n) : MIN_INT64;
}

/**
 * `Quantity.ScaledValue(scale)`: the value in units of 10^scale, rounded up
 * (away from zero for the int64 form). Mirrors Kubernetes exactly, including
 * its edges: int64 overflow wraps (or yields 0 for unusual scales), and a
 * negative decimal-form value rounds toward +∞ and wraps when its digits do
 * not fit in int64 (SEMANTICS §13's overflow quirk).
 *
 * @public
 */
export function quantityScaledValue(
  input: QuantityInput,
  scale: number,
): bigint {
  const q = parseQuantity(input);
  if (q.form === 'int64') {
    // int64Amount.AsScaledInt64
    if (q.exponent < scale)
      return negativeScaleInt64(q.unscaled, scale - q.exponent)[0];
    return positiveScaleInt64(q.unscaled, q.exponent - scale)[0];
  }
  // scaledValue(unscaled, dec.Scale(), -scale) in scale_int.go.
  const dif = scale - q.exponent;
  if (dif === 0) return wrap64(q.unscaled);
  if (dif < 0) return wrap64(wrap64(q.unscaled) * goPow10Int64(-dif));
  if (q.unscaled < MAX_INT64 && dif < 19) {
    // The fast path uses big.Int.Int64(), which wraps negative values too.
    const u = wrap64(q.unscaled);
    const d = pow10(dif);
    const result = u / d;
    return u % d !== 0n ? result + 1n : result;
  }
  // big.Int.DivMod is Euclidean: with a positive divisor the quotient is the floor.
  const d = pow10(dif);
  let quotient = q.unscaled / d;
  const remainder = q.unscaled - quotient * d;
  if (remainder < 0n) quotient -= 1n;
  return remainder !== 0n ? wrap64(wrap64(quotient) + 1n) : wrap64(quotient);
}

/**
 * `Quantity.Value()`: the value in whole units, rounded up away from zero
 * (`1.2` → 2, `100m` → 1), as an exact int64 bigint.
 *
 * @public
 */
export function quantityValue(input: QuantityInput): bigint {
  return quantityScaledValue(input, 0);
}

/**
 * `Quantity.MilliValue()`: the value in thousandths, rounded up away from zero
 * (`0.5` → 500, `1m` → 1), as an exact int64 bigint.
 *
 * @public
 */
export function quantityMilliValue(input: QuantityInput): bigint {
  return quantityScaledValue(input, -3);
}
