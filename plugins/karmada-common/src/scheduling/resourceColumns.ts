// The estimator's figures laid out by column (one typed array per resource
// across the fleet), so estimating a request over ten thousand clusters is a
// tight loop over arrays rather than ten thousand map lookups.
import type { PreparedCluster } from './prepareCluster';

/**
 * One resource's available amount across the fleet.
 *
 * @public
 */
export interface ResourceColumn {
  /** 1 where the cluster's allocatable lists the resource. */
  readonly present: Uint8Array;
  /** `Value()` of allocatable − allocated − allocating. */
  readonly value: Float64Array;
  /** `MilliValue()` of the same (used for cpu). */
  readonly milli: Float64Array;
}

/**
 * The estimator's per-cluster figures, by column.
 *
 * @public
 */
export interface ResourceColumns {
  /**
   * 1 where the fast path applies: a resource summary whose figures are all
   * exact as doubles, and no resource models (those take the per-cluster path).
   */
  readonly fast: Uint8Array;
  /** 1 where the cluster reports a resource summary. */
  readonly hasSummary: Uint8Array;
  /** `getAllowedPodNumber` per cluster. */
  readonly allowedPods: Float64Array;
  readonly byName: ReadonlyMap<string, ResourceColumn>;
}

/** Builds the columns of a fleet. */
export function buildResourceColumns(
  clusters: readonly PreparedCluster[],
): ResourceColumns {
  const n = clusters.length;
  const fast = new Uint8Array(n);
  const hasSummary = new Uint8Array(n);
  const allowedPods = new Float64Array(n);
  const byName = new Map<
    string,
    { present: Uint8Array; value: Float64Array; milli: Float64Array }
  >();
  for (let i = 0; i < n; i++) {
    const res = clusters[i].resources;
    if (!res) continue;
    hasSummary[i] = 1;
    fast[i] = res.exact && !Array.isArray(res.models) ? 1 : 0;
    allowedPods[i] = res.allowedPods;
    for (const [name, amount] of res.available) {
      let column = byName.get(name);
      if (!column) {
        column = {
          present: new Uint8Array(n),
          value: new Float64Array(n),
          milli: new Float64Array(n),
        };
        byName.set(name, column);
      }
      column.present[i] = 1;
      column.value[i] = amount.value;
      column.milli[i] = amount.milli;
    }
  }
  return { fast, hasSummary, allowedPods, byName };
}
