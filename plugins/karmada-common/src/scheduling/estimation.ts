// SEMANTICS §7: Karmada's general estimator (pkg/estimator/client/general.go)
// and calAvailableReplicas (core/util.go). Figures are int64 in Go; they are
// computed with doubles when every operand is below 2^53 (exact there) and
// with bigints otherwise.
import type { ReplicaRequirements } from '../types';
import { parseQuantity } from '../quantity/parseQuantity';
import { quantityMilliValue, quantityValue } from '../quantity/quantityValue';
import type { PreparedCluster } from './prepareCluster';
import { MAX_INT32, toInt32 } from './framework';
import { isScalarResourceName } from './resourceNames';
import { estimateBig } from './estimationBig';

/**
 * One requested resource, in the units each path divides by.
 *
 * @public
 */
export interface RequestedResource {
  readonly name: string;
  readonly value: bigint;
  readonly milli: bigint;
  readonly valueNum: number;
  readonly milliNum: number;
}

/**
 * A resource the model path divides node capacity by (`Resource.ResourceList()`).
 *
 * @public
 */
export interface ModelRequest {
  readonly kind: 'cpu' | 'memory' | 'ephemeral-storage' | 'scalar';
  readonly name: string;
  readonly amount: bigint;
  readonly amountNum: number;
}

/**
 * Replica requirements parsed once per request.
 *
 * @public
 */
export interface CompiledRequirements {
  /** `replicaRequirements != nil`. */
  readonly present: boolean;
  readonly requests: readonly RequestedResource[];
  readonly modelRequests: readonly ModelRequest[];
  /** Every figure the estimator uses fits a double exactly. */
  readonly exact: boolean;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const isSafe = (x: bigint) => x <= SAFE && x >= -SAFE;

/**
 * Parses `replicaRequirements.resourceRequest` for the estimator.
 *
 * @public
 */
export function compileRequirements(
  requirements: ReplicaRequirements | undefined,
): CompiledRequirements {
  if (!requirements)
    return { present: false, requests: [], modelRequests: [], exact: true };
  const requests: RequestedResource[] = [];
  const modelRequests: ModelRequest[] = [];
  let exact = true;
  for (const [name, raw] of Object.entries(
    requirements.resourceRequest ?? {},
  )) {
    const q = parseQuantity(raw, `replicaRequirements.resourceRequest.${name}`);
    const value = quantityValue(q);
    const milli = quantityMilliValue(q);
    exact = exact && isSafe(value) && (name !== 'cpu' || isSafe(milli));
    requests.push({
      name,
      value,
      milli,
      valueNum: Number(value),
      milliNum: Number(milli),
    });
    // util.NewResource(...).ResourceList(): cpu in millicores, the rest in
    // units, scalar names only, positive amounts only.
    let kind: ModelRequest['kind'] | undefined;
    if (name === 'cpu' || name === 'memory' || name === 'ephemeral-storage')
      kind = name;
    else if (isScalarResourceName(name)) kind = 'scalar';
    const amount = name === 'cpu' ? milli : value;
    if (kind && amount > 0n)
      modelRequests.push({ kind, name, amount, amountNum: Number(amount) });
  }
  return { present: true, requests, modelRequests, exact };
}

function modelCount(
  cluster: PreparedCluster,
  req: CompiledRequirements,
): number {
  const models = cluster.resources?.models;
  if (!Array.isArray(models)) return 0;
  let total = 0;
  for (const node of models) {
    // MaxDivided on a fresh node, then first-fit fills it one replica at a time.
    let perNode = Number(node.pods);
    for (const r of req.modelRequests) {
      let capacity: number;
      if (r.kind === 'cpu') capacity = Number(node.milliCPU);
      else if (r.kind === 'memory') capacity = Number(node.memory);
      else if (r.kind === 'ephemeral-storage')
        capacity = Number(node.ephemeralStorage);
      else capacity = Number(node.scalars.get(r.name) ?? 0n);
      perNode = Math.min(perNode, Math.trunc(capacity / r.amountNum));
    }
    if (perNode <= 0) continue;
    total += node.count * perNode;
    if (total >= MAX_INT32) return MAX_INT32;
  }
  return total;
}

/**
 * The general estimator's `maxAvailableReplicas` for one cluster: how many
 * replicas of this size fit, as the int32 Karmada gets (it can wrap).
 *
 * @public
 */
export function estimateAvailableReplicas(
  cluster: PreparedCluster,
  req: CompiledRequirements,
): number {
  const res = cluster.resources;
  if (!res) return 0;
  if (!res.exact || !req.exact) return estimateBig(cluster, req);
  const allowed = res.allowedPods;
  if (allowed <= 0) return 0;
  if (!req.present) return toInt32(allowed);
  if (Array.isArray(res.models))
    return toInt32(Math.min(allowed, modelCount(cluster, req)));
  let max = Infinity;
  for (const r of req.requests) {
    if (r.valueNum <= 0) continue;
    const a = res.available.get(r.name);
    if (!a || a.value <= 0) return 0;
    const cpu = r.name === 'cpu';
    const divisor = cpu ? r.milliNum : r.valueNum;
    // Go would divide by zero and panic; validation keeps such requests out.
    if (divisor === 0) continue;
    const n = Math.trunc((cpu ? a.milli : a.value) / divisor);
    if (n < max) max = n;
  }
  return toInt32(Math.min(allowed, max));
}

/**
 * `calAvailableReplicas` for a fresh binding: MaxInt32 for everyone when
 * replicas is 0 (no estimator runs); otherwise the estimate, with an
 * unbounded (MaxInt32) estimate replaced by the replicas asked for.
 *
 * @public
 */
export function karmadaAvailableReplicas(
  estimate: number,
  replicas: number,
): number {
  if (replicas === 0) return MAX_INT32;
  // -1 is UnauthenticReplica: the estimate is ignored.
  const merged = estimate === -1 ? MAX_INT32 : Math.min(MAX_INT32, estimate);
  return merged === MAX_INT32 ? replicas : merged;
}
