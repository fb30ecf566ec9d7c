// SEMANTICS §2 (generic_scheduler.go: Schedule) for one affinity term:
// filter → estimate → select → assign.
import type { Placement } from '../types';
import type { FleetSnapshot } from './snapshot';
import { ScheduleErrorInfo, scheduleError } from './framework';
import { ReasonCache } from './filterContext';
import { FilterOutcome, findClustersThatFit } from './findClustersThatFit';
import { Candidate, overflowOrders, sortCandidates } from './groupClusters';
import { SelectionOutcome, selectClusters } from './selectClusters';
import { AssignOutcome, assignReplicas } from './assignReplicas';
import { karmadaAvailableReplicas } from './estimation';
import type { AssignmentStrategy } from './types';
import type { TieBreak } from './webster';

/** Per-request facts shared by every affinity term. */
export interface PipelineRequest {
  readonly snapshot: FleetSnapshot;
  /** The placement with defaults applied. */
  readonly placement: Placement;
  readonly strategy: AssignmentStrategy;
  readonly replicas: number;
  readonly hasRequirements: boolean;
  /** The general estimator's figure per cluster, by snapshot index (computed once per request). */
  readonly estimates: Float64Array;
  readonly tieBreak?: TieBreak;
  readonly reasons: ReasonCache;
}

/** Everything one scheduling attempt found, for the result and its explanations. */
export interface PipelineRun {
  readonly affinityName?: string;
  readonly filter: FilterOutcome;
  /** Feasible clusters in name order (`position` = index here). */
  readonly candidates: readonly Candidate[];
  readonly selection?: SelectionOutcome;
  readonly assign?: AssignOutcome;
  readonly error?: ScheduleErrorInfo;
}

function needsOrder(request: PipelineRequest, isWorkload: boolean): boolean {
  // Without spread selection the §8.1 order matters only for the order of
  // Duplicated and non-workload results and for Aggregated's prefix; weighted
  // divisions come out by name whatever the order.
  return (
    !isWorkload ||
    request.strategy === 'Duplicated' ||
    request.strategy === 'Aggregated'
  );
}

/** Runs the pipeline with one `clusterAffinities` term (or none). */
export function runPipeline(
  request: PipelineRequest,
  affinityName: string | undefined,
): PipelineRun {
  const { snapshot, placement, replicas } = request;
  const isWorkload = replicas > 0 || request.hasRequirements;
  const filter = findClustersThatFit({
    snapshot,
    placement,
    affinityName,
    isWorkload,
    reasons: request.reasons,
  });
  const candidates: Candidate[] = [];
  if (filter.feasible.length === 0) {
    return {
      affinityName,
      filter,
      candidates,
      error: scheduleError('NoClusterFit', filter.fitErrorMessage),
    };
  }
  const orders = overflowOrders(
    placement,
    affinityName,
    snapshot,
    filter.feasible,
  );
  const { feasible } = filter;
  for (let position = 0; position < feasible.length; position++) {
    const index = feasible[position];
    const available = karmadaAvailableReplicas(
      request.estimates[index],
      replicas,
    );
    candidates.push({
      index,
      position,
      overflowOrder: orders[position],
      available,
    });
  }
  let sorted: Candidate[] | undefined;
  const selection = selectClusters(
    placement,
    candidates,
    () => (sorted ??= sortCandidates(candidates)),
    needsOrder(request, isWorkload),
    replicas,
    snapshot,
  );
  if (!selection.selected) {
    const message = `failed to select clusters: ${selection.error}`;
    return {
      affinityName,
      filter,
      candidates,
      selection,
      error: scheduleError('SpreadConstraintUnsatisfiable', message),
    };
  }
  const assign = assignReplicas({
    selected: selection.selected,
    strategy: request.strategy,
    replicas,
    hasRequirements: request.hasRequirements,
    placement,
    affinityName,
    snapshot,
    tieBreak: request.tieBreak,
  });
  if (assign.error) {
    const reason = assign.unschedulable
      ? 'InsufficientReplicas'
      : 'NoClustersSelected';
    return {
      affinityName,
      filter,
      candidates,
      selection,
      assign,
      error: scheduleError(reason, assign.error),
    };
  }
  return { affinityName, filter, candidates, selection, assign };
}
