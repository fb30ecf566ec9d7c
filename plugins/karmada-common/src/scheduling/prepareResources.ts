// Parses a cluster's resourceSummary once per snapshot into the int64
// figures Karmada's general estimator divides (pkg/estimator/client/general.go).
// Plain quantities take a double-only shortcut; anything else (fractions,
// decimal-form amounts, huge values) goes through exact Quantity arithmetic.
import type { ResourceModel, ResourceSummary } from '../types';
import {
  fastMilliValue,
  fastUnitValue,
  valueFromMilli,
} from '../quantity/fastMilliValue';
import { quantityMilliValue, quantityValue } from '../quantity/quantityValue';
import { subtractQuantities } from '../quantity/quantityArithmetic';
import { wrap64 } from '../quantity/int64';
import { ModelNodes, prepareModels } from './prepareModels';
import {
  Path,
  child,
  optionalArray,
  optionalObject,
  readQuantity,
} from './wire';

/**
 * `Value()` and `MilliValue()` of allocatable − allocated − allocating.
 *
 * @public
 */
export interface AvailableAmount {
  readonly value: number;
  readonly milli: number;
}

/**
 * The exact int64 figures, kept when a double cannot hold one of them.
 *
 * @public
 */
export interface ExactResources {
  readonly allowedPods: bigint;
  readonly available: ReadonlyMap<
    string,
    { readonly value: bigint; readonly milli: bigint }
  >;
}

/**
 * A cluster's resources as the estimator reads them.
 *
 * @public
 */
export interface PreparedResources {
  /** `getAllowedPodNumber`: allocatable − allocated − allocating pods, 0 when ≤ 0. */
  readonly allowedPods: number;
  /** Per allocatable resource. */
  readonly available: ReadonlyMap<string, AvailableAmount>;
  /** Model nodes; undefined without allocatableModelings, 'error' when the model path fails. */
  readonly models: readonly ModelNodes[] | 'error' | undefined;
  /** The doubles above are exact (for cpu, its milli value too); otherwise see `exactFigures`. */
  readonly exact: boolean;
  readonly exactFigures?: ExactResources;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const isSafe = (x: bigint) => x <= SAFE && x >= -SAFE;
const LIMIT = 2 ** 53;

type List = Record<string, unknown>;

const isPlain = (raw: unknown) =>
  fastUnitValue(raw) !== undefined || fastMilliValue(raw) !== undefined;

function readList(value: unknown, path: Path): List | undefined {
  const list = optionalObject(value, path);
  if (!list) return undefined;
  // Every entry must be a quantity (a Cluster from untrusted input may not be).
  for (const key of Object.keys(list)) {
    if (!isPlain(list[key])) readQuantity(list[key], child(path, key));
  }
  return list;
}

// Exact a − b − c, as Quantity.Sub does it.
function exactAvailable(
  a: unknown,
  b: unknown,
  c: unknown,
): { value: bigint; milli: bigint } {
  let left = readQuantity(a, '');
  if (b !== undefined) left = subtractQuantities(left, readQuantity(b, ''));
  if (c !== undefined) left = subtractQuantities(left, readQuantity(c, ''));
  return { value: quantityValue(left), milli: quantityMilliValue(left) };
}

// a − b − c with the shortcuts: in whole units when all three are whole, in
// millis otherwise; undefined when either would leave 2^53.
function fastAvailable(
  a: unknown,
  b: unknown,
  c: unknown,
): AvailableAmount | undefined {
  const ua = fastUnitValue(a);
  const ub = b === undefined ? 0 : fastUnitValue(b);
  const uc = c === undefined ? 0 : fastUnitValue(c);
  if (ua !== undefined && ub !== undefined && uc !== undefined) {
    const value = ua - ub - uc;
    if (Math.abs(value) < LIMIT) return { value, milli: value * 1000 };
  }
  const ma = fastMilliValue(a);
  const mb = b === undefined ? 0 : fastMilliValue(b);
  const mc = c === undefined ? 0 : fastMilliValue(c);
  if (ma === undefined || mb === undefined || mc === undefined)
    return undefined;
  const milli = ma - mb - mc;
  return Math.abs(milli) < LIMIT
    ? { value: valueFromMilli(milli), milli }
    : undefined;
}

function podsValue(list: List | undefined): bigint {
  const raw = list?.pods;
  if (raw === undefined) return 0n;
  const units = fastUnitValue(raw);
  return units !== undefined
    ? BigInt(units)
    : quantityValue(readQuantity(raw, ''));
}

function allowedPodsOf(
  allocatable?: List,
  allocated?: List,
  allocating?: List,
): bigint {
  const [a, b, c] = [allocatable, allocated, allocating].map(l =>
    l?.pods === undefined ? 0 : fastUnitValue(l.pods),
  );
  if (a !== undefined && b !== undefined && c !== undefined)
    return BigInt(Math.max(0, a - b - c));
  // int64 arithmetic, wrapping like Go's.
  const allowed = wrap64(
    wrap64(podsValue(allocatable) - podsValue(allocated)) -
      podsValue(allocating),
  );
  return allowed < 0n ? 0n : allowed;
}

function exactFiguresOf(
  allowedPods: bigint,
  available: ReadonlyMap<string, AvailableAmount>,
  slow: ReadonlyMap<string, { value: bigint; milli: bigint }>,
): ExactResources {
  const all = new Map<string, { value: bigint; milli: bigint }>();
  for (const [name, a] of available) {
    // Shortcut values are below 2^53, so they convert exactly; their milli
    // value is exact too unless it passed 2^53 (then it is value × 1000).
    all.set(
      name,
      slow.get(name) ?? {
        value: BigInt(a.value),
        milli:
          Math.abs(a.milli) < LIMIT ? BigInt(a.milli) : BigInt(a.value) * 1000n,
      },
    );
  }
  return { allowedPods, available: all };
}

/**
 * Prepares `status.resourceSummary` (and `spec.resourceModels`) of a cluster.
 * Returns undefined when the cluster reports no summary (its estimate is 0).
 */
export function prepareResources(
  summaryRaw: unknown,
  models: ResourceModel[] | undefined,
  path: Path,
): PreparedResources | undefined {
  const summary = optionalObject(summaryRaw, path) as
    | ResourceSummary
    | undefined;
  if (!summary) return undefined;
  const allocatable = readList(summary.allocatable, child(path, 'allocatable'));
  const allocated = readList(summary.allocated, child(path, 'allocated'));
  const allocating = readList(summary.allocating, child(path, 'allocating'));
  const allowedPods = allowedPodsOf(allocatable, allocated, allocating);

  let exact = isSafe(allowedPods);
  const available = new Map<string, AvailableAmount>();
  const slowFigures = new Map<string, { value: bigint; milli: bigint }>();
  for (const [name, a] of Object.entries(allocatable ?? {})) {
    const b = allocated?.[name];
    const c = allocating?.[name];
    const fast = fastAvailable(a, b, c);
    if (fast) {
      available.set(name, fast);
      // Only cpu is divided in millis (memory in bytes ×1000 often passes 2^53).
      if (name === 'cpu' && Math.abs(fast.milli) >= LIMIT) exact = false;
      continue;
    }
    const figures = exactAvailable(a, b, c);
    slowFigures.set(name, figures);
    available.set(name, {
      value: Number(figures.value),
      milli: Number(figures.milli),
    });
    // Only cpu is divided in millis; memory in bytes ×1000 often passes 2^53.
    exact =
      exact &&
      isSafe(figures.value) &&
      (name !== 'cpu' || isSafe(figures.milli));
  }

  const modelingsPath = child(path, 'allocatableModelings');
  const modelings = optionalArray(summary.allocatableModelings, modelingsPath);
  const preparedModels =
    modelings && modelings.length > 0
      ? prepareModels(models, modelings, modelingsPath)
      : undefined;
  if (Array.isArray(preparedModels)) {
    for (const node of preparedModels) {
      const figures = [
        node.milliCPU,
        node.memory,
        node.ephemeralStorage,
        ...node.scalars.values(),
      ];
      exact = exact && figures.every(isSafe);
    }
  }
  return {
    allowedPods: Number(allowedPods),
    available,
    models: preparedModels,
    exact,
    exactFigures: exact
      ? undefined
      : exactFiguresOf(allowedPods, available, slowFigures),
  };
}
