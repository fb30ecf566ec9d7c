// A cluster's resource models as the estimator's model path sees them
// (pkg/estimator/client/general.go: buildModelNodes): for each grade, as
// many identical nodes as allocatableModelings counts, each with every
// range's minimum as capacity and room for 110 pods.
import type { ResourceModel } from '../types';
import { quantityMilliValue, quantityValue } from '../quantity/quantityValue';
import type { Quantity } from '../quantity/Quantity';
import { isScalarResourceName } from './resourceNames';
import {
  Path,
  child,
  fail,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  readQuantity,
} from './wire';

/**
 * One resource-model grade as identical nodes.
 *
 * @public
 */
export interface ModelNodes {
  readonly count: number;
  readonly milliCPU: bigint;
  readonly memory: bigint;
  readonly ephemeralStorage: bigint;
  readonly pods: bigint;
  readonly scalars: ReadonlyMap<string, bigint>;
}

const MAX_PODS_PER_NODE = 110n;

function nodeOf(
  count: number,
  capacity: ReadonlyMap<string, Quantity>,
): ModelNodes {
  const scalars = new Map<string, bigint>();
  let milliCPU = 0n;
  let memory = 0n;
  let ephemeralStorage = 0n;
  for (const [name, q] of capacity) {
    if (name === 'cpu') milliCPU = quantityMilliValue(q);
    else if (name === 'memory') memory = quantityValue(q);
    else if (name === 'ephemeral-storage') ephemeralStorage = quantityValue(q);
    else if (name !== 'pods' && isScalarResourceName(name))
      scalars.set(name, quantityValue(q));
  }
  return {
    count,
    milliCPU,
    memory,
    ephemeralStorage,
    pods: MAX_PODS_PER_NODE,
    scalars,
  };
}

/**
 * The model nodes, grades ascending, or 'error' where Karmada's model path
 * fails (no models, a negative count) and the estimator falls back to the
 * resource summary.
 */
export function prepareModels(
  models: ResourceModel[] | undefined,
  modelings: unknown[],
  path: Path,
): readonly ModelNodes[] | 'error' {
  const capsByGrade = new Map<number, Map<string, Quantity>>();
  for (const model of models ?? []) {
    // Later grades and ranges with the same key replace earlier ones (Go maps).
    const capacity = new Map<string, Quantity>();
    for (const range of model.ranges)
      capacity.set(range.name, readQuantity(range.min, path));
    capsByGrade.set(model.grade, capacity);
  }
  if (capsByGrade.size === 0) return 'error';
  const countByGrade = new Map<number, number>();
  for (const [i, raw] of modelings.entries()) {
    const m = optionalObject(raw, child(path, i)) ?? {};
    const grade =
      optionalInteger(m.grade, child(child(path, i), 'grade'), 0) ?? 0;
    const count = optionalInteger(m.count, child(child(path, i), 'count')) ?? 0;
    if (count < 0) return 'error';
    countByGrade.set(grade, (countByGrade.get(grade) ?? 0) + count);
  }
  const nodes: ModelNodes[] = [];
  for (const grade of [...capsByGrade.keys()].sort((a, b) => a - b)) {
    const count = countByGrade.get(grade) ?? 0;
    const capacity = capsByGrade.get(grade);
    if (count > 0 && capacity) nodes.push(nodeOf(count, capacity));
  }
  return nodes;
}

/** Reads `spec.resourceModels` with its types checked (minimums and maximums ≥ 0). */
export function readResourceModels(
  value: unknown,
  path: Path,
): ResourceModel[] | undefined {
  const list = optionalArray(value, path);
  if (!list) return undefined;
  return list.map((raw, i) => {
    const p = child(path, i);
    const m = optionalObject(raw, p) ?? {};
    const grade = optionalInteger(m.grade, child(p, 'grade'), 0) ?? 0;
    const ranges = (optionalArray(m.ranges, child(p, 'ranges')) ?? []).map(
      (r, j) => {
        const rp = child(child(p, 'ranges'), j);
        const range = optionalObject(r, rp) ?? {};
        const name = optionalString(range.name, child(rp, 'name')) ?? '';
        const bounds = { min: range.min ?? 0, max: range.max ?? 0 };
        for (const key of ['min', 'max'] as const) {
          if (quantityValue(readQuantity(bounds[key], child(rp, key))) < 0n) {
            fail(child(rp, key), 'must be greater than or equal to 0');
          }
        }
        return {
          name,
          min: bounds.min as string | number,
          max: bounds.max as string | number,
        };
      },
    );
    return { grade, ranges };
  });
}
