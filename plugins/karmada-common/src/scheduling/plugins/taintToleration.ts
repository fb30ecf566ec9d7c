// TaintToleration filter (plugins/tainttoleration with
// component-helpers' FindMatchingUntoleratedTaint): the first NoSchedule or
// NoExecute taint no toleration tolerates rejects the cluster.
import type { Toleration } from '../../types';
import type { ExplanationReason, FilterPlugin } from '../framework';
import type { FilterContext } from '../filterContext';
import type { PreparedTaint } from '../prepareCluster';

/** Karmada's reason text for an untolerated taint. */
export function untoleratedTaintReason(taint: PreparedTaint): string {
  return `cluster(s) had untolerated taint {${taint.text}}`;
}

/**
 * `Toleration.ToleratesTaint` with comparison operators disabled, as Karmada
 * calls it: effect and key must match when set; `Exists` matches any value,
 * `Equal` or an empty operator needs equal values, anything else never matches.
 *
 * @public
 */
export function toleratesTaint(
  toleration: Toleration,
  taint: { key: string; value?: string; effect: string },
): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator ?? '') {
    case '':
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

// The cluster controller's health taints, worth naming in plain words.
const HEALTH_TAINTS = new Map([
  ['cluster.karmada.io/not-ready', ' (the cluster is not ready)'],
  ['cluster.karmada.io/unreachable', ' (the cluster is unreachable)'],
]);

/** Instantiates the TaintToleration filter for one request. */
export function createTaintTolerationFilter(ctx: FilterContext): FilterPlugin {
  const { taints, taintOffsets, taintIds } = ctx.snapshot.index;
  const tolerations = ctx.placement.clusterTolerations ?? [];
  // Distinct taints are few; decide each once per request.
  const tolerated = taints.map(t =>
    tolerations.some(tol => toleratesTaint(tol, t)),
  );
  const reasons = taints.map(t =>
    ctx.reasons.get(
      'filter',
      'TaintToleration',
      untoleratedTaintReason(t),
      `untolerated taint ${t.text}${HEALTH_TAINTS.get(t.key) ?? ''}`,
    ),
  );
  const filter = (i: number): ExplanationReason | undefined => {
    for (let k = taintOffsets[i]; k < taintOffsets[i + 1]; k++) {
      if (!tolerated[taintIds[k]]) return reasons[taintIds[k]];
    }
    return undefined;
  };
  return {
    name: 'TaintToleration',
    filter,
    filterAll: () => {
      const out: Array<ExplanationReason | undefined> = new Array(
        taintOffsets.length - 1,
      );
      for (let i = 0; i < out.length; i++)
        if (taintOffsets[i] !== taintOffsets[i + 1]) out[i] = filter(i);
      return out;
    },
  };
}
