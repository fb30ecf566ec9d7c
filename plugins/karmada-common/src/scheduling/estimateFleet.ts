// The general estimator over a whole fleet at once: the same figures as
// estimateAvailableReplicas (estimation.ts), read from the snapshot's
// resource columns; clusters off the fast path (resource models, figures
// beyond 2^53) go through the per-cluster estimator.
import type { FleetSnapshot } from './snapshot';
import { CompiledRequirements, estimateAvailableReplicas } from './estimation';
import type { ResourceColumn } from './resourceColumns';

interface ColumnRequest {
  readonly column: ResourceColumn | undefined;
  readonly cpu: boolean;
  readonly divisor: number;
}

/**
 * The general estimator's figure for every cluster of the snapshot (index
 * order), as Karmada's int32.
 */
export function estimateFleet(
  snapshot: FleetSnapshot,
  req: CompiledRequirements,
): Float64Array {
  const { clusters } = snapshot;
  const { fast, hasSummary, allowedPods, byName } = snapshot.index.resources;
  const n = clusters.length;
  const out = new Float64Array(n);
  // Requests of 0 are skipped; a zero divisor (Go would panic) is left out too.
  const requests: ColumnRequest[] = [];
  for (const r of req.requests) {
    if (r.valueNum <= 0) continue;
    const cpu = r.name === 'cpu';
    const divisor = cpu ? r.milliNum : r.valueNum;
    if (divisor === 0) continue;
    requests.push({ column: byName.get(r.name), cpu, divisor });
  }
  for (let i = 0; i < n; i++) {
    if (!hasSummary[i]) continue;
    if (!fast[i] || !req.exact) {
      out[i] = estimateAvailableReplicas(clusters[i], req);
      continue;
    }
    const allowed = allowedPods[i];
    if (allowed <= 0) continue;
    let max = allowed;
    if (req.present) {
      for (let k = 0; k < requests.length; k++) {
        const { column, cpu, divisor } = requests[k];
        if (!column || column.present[i] === 0 || column.value[i] <= 0) {
          max = 0;
          break;
        }
        const fit = Math.trunc(
          (cpu ? column.milli[i] : column.value[i]) / divisor,
        );
        if (fit < max) max = fit;
      }
    }
    out[i] = max | 0;
  }
  return out;
}
