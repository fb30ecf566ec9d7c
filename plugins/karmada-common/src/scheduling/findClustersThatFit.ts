// The filter stage (generic_scheduler.go: findClustersThatFit): deleting
// clusters are skipped without a reason, every other cluster runs the filter
// plugins; the first failure is what Karmada counts in its error message.
import { ExplanationReason, FilterPlugin, fitErrorMessage } from './framework';
import type { FilterContext } from './filterContext';
import { createApiEnablementFilter } from './plugins/apiEnablement';
import { createTaintTolerationFilter } from './plugins/taintToleration';
import { createClusterAffinityFilter } from './plugins/clusterAffinity';
import { createSpreadConstraintFilter } from './plugins/spreadConstraint';

/** What the filter stage found. */
export interface FilterOutcome {
  /** Indices of the clusters that fit, in name order. */
  readonly feasible: number[];
  /** Per cluster: why it is out (every failing filter, not only the first); undefined when it fits. */
  readonly reasons: Array<readonly ExplanationReason[] | undefined>;
  /** Karmada's `FitError` message, meaningful when nothing fits. */
  readonly fitErrorMessage: string;
  /**
   * Some cluster failed more than one filter. Karmada's plugin order is random
   * per scheduler process, so its message may then count another reason.
   */
  readonly ambiguousMessage: boolean;
}

/**
 * The registry's filters in a fixed order (Karmada ranges over a map, so the
 * real order varies per process; only which reason is counted depends on it).
 */
export function createFilterPlugins(ctx: FilterContext): FilterPlugin[] {
  return [
    createApiEnablementFilter(ctx),
    createTaintTolerationFilter(ctx),
    createClusterAffinityFilter(ctx),
    createSpreadConstraintFilter(ctx),
  ];
}

/** Runs the filter stage over the snapshot. */
export function findClustersThatFit(ctx: FilterContext): FilterOutcome {
  const { clusters, index } = ctx.snapshot;
  const { deleting } = index.flags;
  const plugins = createFilterPlugins(ctx);
  const results = plugins.map(p => p.filterAll());
  const deletingReason = ctx.reasons.get(
    'filter',
    'ClusterDeletion',
    'cluster is deleting, skip it',
    'cluster is being deleted',
  );
  const feasible: number[] = [];
  const reasons: Array<readonly ExplanationReason[] | undefined> = new Array(
    clusters.length,
  );
  const deletingList = ctx.reasons.list(deletingReason);
  let ambiguous = false;
  // Tally the first failure of each cluster by reason number (array reads).
  const tally: number[] = [];
  // Name order, so later stages get their candidates already name-sorted.
  for (let r = 0; r < clusters.length; r++) {
    const i = index.nameOrder[r];
    if (deleting[i] === 1) {
      reasons[i] = deletingList;
      continue;
    }
    let first: ExplanationReason | undefined;
    let all: ExplanationReason[] | undefined;
    for (let p = 0; p < results.length; p++) {
      const failure = results[p][i];
      if (!failure) continue;
      if (!first) first = failure;
      else {
        all = all ?? [first];
        all.push(failure);
        ambiguous = true;
      }
    }
    if (!first) {
      feasible.push(i);
      continue;
    }
    const slot = ctx.reasons.slot(first);
    tally[slot] = (tally[slot] ?? 0) + 1;
    // Most clusters fail one way: they share that reason's frozen list.
    reasons[i] = all ? Object.freeze(all) : ctx.reasons.list(first);
  }
  const counts = new Map<string, number>();
  tally.forEach((count, slot) => {
    const karmada = ctx.reasons.reasonAt(slot).karmada;
    counts.set(karmada, (counts.get(karmada) ?? 0) + count);
  });
  return {
    feasible,
    reasons,
    fitErrorMessage: fitErrorMessage(clusters.length, counts),
    ambiguousMessage: ambiguous,
  };
}
