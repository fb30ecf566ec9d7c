// The general estimator in exact int64 arithmetic, for clusters or requests
// whose figures do not fit a double. Mirrors estimateAvailableReplicas
// (estimation.ts) step for step; the two are checked against each other.
import type { PreparedCluster } from './prepareCluster';
import type { CompiledRequirements } from './estimation';

const MAX_INT32 = 2147483647n;
const MAX_INT64 = (1n << 63n) - 1n;

const int32 = (x: bigint) => Number(BigInt.asIntN(32, x));
const min = (a: bigint, b: bigint) => (a < b ? a : b);

function modelCountBig(
  cluster: PreparedCluster,
  req: CompiledRequirements,
): bigint {
  const models = cluster.resources?.models;
  if (!Array.isArray(models)) return 0n;
  let total = 0n;
  for (const node of models) {
    let perNode = node.pods;
    for (const r of req.modelRequests) {
      let capacity: bigint;
      if (r.kind === 'cpu') capacity = node.milliCPU;
      else if (r.kind === 'memory') capacity = node.memory;
      else if (r.kind === 'ephemeral-storage') capacity = node.ephemeralStorage;
      else capacity = node.scalars.get(r.name) ?? 0n;
      perNode = min(perNode, capacity / r.amount);
    }
    if (perNode <= 0n) continue;
    total += BigInt(node.count) * perNode;
    if (total >= MAX_INT32) return MAX_INT32;
  }
  return total;
}

/** estimateAvailableReplicas with bigints. */
export function estimateBig(
  cluster: PreparedCluster,
  req: CompiledRequirements,
): number {
  const res = cluster.resources;
  if (!res) return 0;
  // Exact figures when kept; otherwise the doubles are exact and convert.
  const figures = res.exactFigures ?? {
    allowedPods: BigInt(res.allowedPods),
    available: new Map(
      [...res.available].map(([name, a]) => [
        name,
        { value: BigInt(a.value), milli: BigInt(a.milli) },
      ]),
    ),
  };
  const allowed = figures.allowedPods;
  if (allowed <= 0n) return 0;
  if (!req.present) return int32(allowed);
  if (Array.isArray(res.models))
    return int32(min(allowed, modelCountBig(cluster, req)));
  let max = MAX_INT64;
  for (const r of req.requests) {
    if (r.value <= 0n) continue;
    const a = figures.available.get(r.name);
    if (!a || a.value <= 0n) return 0;
    const cpu = r.name === 'cpu';
    const divisor = cpu ? r.milli : r.value;
    if (divisor === 0n) continue;
    const n = BigInt.asIntN(64, (cpu ? a.milli : a.value) / divisor);
    if (n < max) max = n;
  }
  return int32(min(allowed, max));
}
