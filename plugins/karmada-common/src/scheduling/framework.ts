// The scheduler's building blocks, shaped like Karmada's
// pkg/scheduler/framework: filter plugins return a failure (or nothing),
// the filter stage collects a Diagnosis, and errors carry Karmada's exact
// text plus the condition reason Karmada would record.

/**
 * The stage of the pipeline that left a cluster out.
 *
 * @public
 */
export type ExplanationStage = 'filter' | 'select' | 'assign';

/**
 * Why a cluster was left out (or got fewer replicas), in Karmada's words and
 * in the user's.
 *
 * @public
 */
export interface ExplanationReason {
  stage: ExplanationStage;
  /** The Karmada plugin or step, e.g. `TaintToleration`, `SpreadConstraint`, `AssignReplicas`. */
  plugin: string;
  /** Karmada's own reason text (as counted in its error messages), or the rule applied. */
  karmada: string;
  /** Plain words for the person reading the preview. */
  message: string;
}

/**
 * The fine-grained reason of a scheduling failure (SEMANTICS §10).
 *
 * @public
 */
export type ScheduleErrorReason =
  | 'NoClusterFit'
  | 'InsufficientReplicas'
  | 'SpreadConstraintUnsatisfiable'
  | 'NoClustersSelected';

/**
 * The reason Karmada writes on the binding's `Scheduled` condition.
 *
 * @public
 */
export type ScheduleConditionReason =
  | 'NoClusterFit'
  | 'Unschedulable'
  | 'SchedulerError';

/**
 * A scheduling failure as Karmada reports it.
 *
 * @public
 */
export interface ScheduleErrorInfo {
  reason: ScheduleErrorReason;
  conditionReason: ScheduleConditionReason;
  /** Karmada's exact message. */
  message: string;
}

const CONDITION_REASONS: Record<ScheduleErrorReason, ScheduleConditionReason> =
  {
    NoClusterFit: 'NoClusterFit',
    InsufficientReplicas: 'Unschedulable',
    SpreadConstraintUnsatisfiable: 'SchedulerError',
    NoClustersSelected: 'SchedulerError',
  };

/** Builds a failure with the condition reason Karmada maps it to. */
export function scheduleError(
  reason: ScheduleErrorReason,
  message: string,
): ScheduleErrorInfo {
  return { reason, conditionReason: CONDITION_REASONS[reason], message };
}

/**
 * A filter plugin instantiated for one request: `filter(i)` checks the
 * snapshot's cluster `i` and returns why it does not fit, or undefined.
 * `filterAll()` does the same for every cluster in one loop (what the filter
 * stage calls: each plugin's own tight loop beats four calls per cluster).
 */
export interface FilterPlugin {
  readonly name: string;
  filter(clusterIndex: number): ExplanationReason | undefined;
  filterAll(): ReadonlyArray<ExplanationReason | undefined>;
}

/**
 * Karmada's `FitError.Error()` (framework/types.go): counts each cluster's
 * reason, sorts the "<count> <reason>" strings and joins them. `total`
 * counts every cluster, deleting ones included.
 */
export function fitErrorMessage(
  total: number,
  reasonCounts: ReadonlyMap<string, number>,
): string {
  if (total === 0 || reasonCounts.size === 0) {
    return `0/${total} clusters are available: no cluster exists.`;
  }
  const parts = [...reasonCounts].map(
    ([reason, count]) => `${count} ${reason}`,
  );
  parts.sort(compareGoStrings);
  return `0/${total} clusters are available: ${parts.join(', ')}.`;
}

/**
 * Orders strings the way Go's `<` does (UTF-8 bytes, i.e. code points), which
 * differs from JavaScript's UTF-16 order only above the BMP.
 */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      // Surrogates (0xD800–0xDFFF) encode code points above 0xFFFF, which sort
      // after every BMP character in UTF-8.
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1;
      return ca < cb ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** Karmada's int32 arithmetic: values wrap at 2^31. */
export function toInt32(x: number): number {
  return x | 0;
}

/** `math.MaxInt32`: the estimate of a cluster when nothing bounds it. */
export const MAX_INT32 = 2147483647;
