/**
 * How a quantity prints: the suffix family it was written with.
 *
 * @public
 */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/**
 * An exact Kubernetes `resource.Quantity`: `unscaled × 10^exponent`.
 *
 * Kubernetes keeps a quantity either as a scaled int64 (`int64Amount`) or,
 * when that cannot hold it exactly, as an arbitrary-precision decimal
 * (`inf.Dec`). The two behave differently at the edges (`Value()` of a
 * negative decimal, int64 overflow), and Karmada's estimator lives on those
 * edges, so the form is kept.
 *
 * @public
 */
export interface Quantity {
  /** `int64` mirrors Kubernetes' int64Amount (unscaled fits in int64), `decimal` its inf.Dec. */
  readonly form: 'int64' | 'decimal';
  /** The digits, signed. */
  readonly unscaled: bigint;
  /** The power of ten the digits are scaled by. */
  readonly exponent: number;
  /** The suffix family, used when printing. */
  readonly format: QuantityFormat;
}

/**
 * A quantity, or its wire form (`"500m"`, `"1Gi"`, `2`).
 *
 * @public
 */
export type QuantityInput = Quantity | string | number;

/**
 * Whether a value is a parsed Quantity rather than its wire form.
 *
 * @public
 */
export function isQuantity(value: unknown): value is Quantity {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Quantity).unscaled === 'bigint' &&
    typeof (value as Quantity).exponent === 'number'
  );
}

/** The quantity zero (internal). */
export const ZERO_QUANTITY: Quantity = Object.freeze({
  form: 'int64',
  unscaled: 0n,
  exponent: 0,
  format: 'DecimalSI',
});
