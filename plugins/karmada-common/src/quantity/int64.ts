// Go int64 arithmetic as Kubernetes' resource package performs it
// (k8s.io/apimachinery/pkg/api/resource/math.go): wrapping multiplication,
// overflow-checked addition and the two scaling helpers whose rounding and
// overflow quirks decide what Quantity.Value() returns.

/** Largest int64. */
export const MAX_INT64 = (1n << 63n) - 1n;
/** Smallest int64. */
export const MIN_INT64 = -(1n << 63n);

/** Two's-complement wrap to int64, as a Go int64 conversion or overflow does. */
export function wrap64(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}

/** 10^n as bigint, cached for the small exponents the hot paths use. */
const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 40; i++, p *= 10n) POW10.push(p);

/** 10^n for n ≥ 0. */
export function pow10(n: number): bigint {
  return n < POW10.length ? POW10[n] : 10n ** BigInt(n);
}

/** Go's `int64Add`: the sum and whether it did not overflow. */
export function int64Add(a: bigint, b: bigint): [bigint, boolean] {
  const c = wrap64(a + b);
  if (a > 0n && b > 0n && c < 0n) return [0n, false];
  if (a < 0n && b < 0n && c > 0n) return [0n, false];
  if (a === MIN_INT64 && b === MIN_INT64) return [0n, false];
  return [c, true];
}

/** Go's `int64Multiply`: the wrapped product and whether it is exact. */
export function int64Multiply(a: bigint, b: bigint): [bigint, boolean] {
  if (a === 0n || b === 0n || a === 1n || b === 1n) return [a * b, true];
  if (a === MIN_INT64 || b === MIN_INT64) return [0n, false];
  const c = wrap64(a * b);
  return [c, c / b === a];
}

// Go's int64MultiplyScale*: returns the wrapped product even when it overflowed
// (callers such as AsScaledInt64 ignore the flag, which is how Value() can wrap).
function multiplyScale(a: bigint, b: bigint): [bigint, boolean] {
  if (a === 0n || a === 1n) return [a * b, true];
  if (a === MIN_INT64 && b !== 1n) return [0n, false];
  const c = wrap64(a * b);
  return [c, c / b === a];
}

/**
 * Go's `positiveScaleInt64`: base × 10^scale. Scales 1, 2, 3, 6 and 9 return
 * the wrapped product on overflow; other scales return 0 on overflow.
 */
export function positiveScaleInt64(
  base: bigint,
  scale: number,
): [bigint, boolean] {
  switch (scale) {
    case 0:
      return [base, true];
    case 1:
    case 2:
    case 3:
    case 6:
    case 9:
      return multiplyScale(base, pow10(scale));
    default: {
      let value = base;
      for (let i = 0; i < scale; i++) {
        const [next, ok] = multiplyScale(value, 10n);
        if (!ok) return [0n, false];
        value = next;
      }
      return [value, true];
    }
  }
}

/**
 * Go's `negativeScaleInt64`: base / 10^scale rounded away from zero, and
 * whether it was exact.
 */
export function negativeScaleInt64(
  base: bigint,
  scale: number,
): [bigint, boolean] {
  if (scale === 0) return [base, true];
  let value = base;
  let fraction = false;
  for (let i = 0; i < scale; i++) {
    if (!fraction && value % 10n !== 0n) fraction = true;
    value /= 10n; // BigInt division truncates toward zero, like Go's.
    if (value === 0n) {
      if (fraction) return [base > 0n ? 1n : -1n, false];
      return [0n, true];
    }
  }
  if (fraction) value += base > 0n ? 1n : -1n;
  return [value, !fraction];
}
