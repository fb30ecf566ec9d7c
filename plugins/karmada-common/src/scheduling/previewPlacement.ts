// The engine's entry point: Karmada's scheduler (SEMANTICS §2, with §5's
// clusterAffinities loop) over a fleet snapshot, plus explanations, ties
// and warnings.
import { KarmadaInputError } from '../errors';
import type { FleetSnapshot } from './snapshot';
import type { PlacementPreview, ScheduleRequest } from './types';
import { applyPlacementDefaults } from './defaults';
import { compileRequirements } from './estimation';
import { estimateFleet } from './estimateFleet';
import { ReasonCache } from './filterContext';
import { replicaStrategy } from './divideReplicas';
import { PipelineRequest, PipelineRun, runPipeline } from './schedulePipeline';
import { buildExplanations } from './explanations';
import { placementWarnings } from './warnings';
import { tieBreakForUID } from './webster';

function requestOf(
  snapshot: FleetSnapshot,
  request: ScheduleRequest,
): PipelineRequest {
  const placement = applyPlacementDefaults(request.placement);
  const strategy = replicaStrategy(placement);
  if (!strategy) {
    const rs = placement.replicaScheduling;
    throw new KarmadaInputError([
      {
        path: 'placement.replicaScheduling',
        reason: `unsupported replica scheduling strategy, replicaSchedulingType: ${rs?.replicaSchedulingType}, replicaDivisionPreference: ${rs?.replicaDivisionPreference}`,
      },
    ]);
  }
  const requirements = compileRequirements(request.replicaRequirements);
  // Estimates depend only on the cluster and the requirements: once per request.
  const estimates = estimateFleet(snapshot, requirements);
  return {
    snapshot,
    placement,
    strategy,
    replicas: request.replicas,
    hasRequirements: requirements.present,
    estimates,
    tieBreak:
      request.bindingUID !== undefined
        ? tieBreakForUID(request.bindingUID)
        : undefined,
    reasons: new ReasonCache(),
  };
}

// SEMANTICS §5: terms in list order; any error falls through to the next
// term; when all fail, the first term's error is reported.
function scheduleWithAffinities(req: PipelineRequest): {
  run: PipelineRun;
  attempts?: PipelineRun[];
} {
  const terms = req.placement.clusterAffinities;
  if (!terms) return { run: runPipeline(req, undefined) };
  const attempts: PipelineRun[] = [];
  for (const term of terms) {
    const run = runPipeline(req, term.affinityName);
    attempts.push(run);
    if (!run.error) return { run, attempts };
  }
  return { run: attempts[0], attempts };
}

/**
 * Previews where Karmada's scheduler puts a fresh `apps/v1` Deployment and
 * how many replicas each cluster gets, following SEMANTICS.md; explains every
 * cluster, reports Webster ties the binding UID decides, and warns about
 * placements that are legal but likely mistaken. Throws only
 * KarmadaInputError (for requests that bypass validateScheduleRequest).
 *
 * @public
 */
export function previewPlacement(
  snapshot: FleetSnapshot,
  request: ScheduleRequest,
): PlacementPreview {
  const req = requestOf(snapshot, request);
  const { run, attempts } = scheduleWithAffinities(req);
  const { explanations, ties } = buildExplanations(req, run);
  const selected = run.selection?.selected ?? [];
  const result = run.error ? [] : run.assign?.result ?? [];
  const warnings = placementWarnings(req.placement, snapshot, {
    strategy: req.strategy,
    replicas: req.replicas,
    schedulable: !run.error,
    resultCount: result.length,
    selectedCount: selected.length,
    selectedAvailable: selected.reduce((sum, c) => sum + c.available, 0),
    ambiguousMessage: run.filter.ambiguousMessage,
  });
  const base = {
    strategy: req.strategy,
    ...(run.affinityName !== undefined && { affinityName: run.affinityName }),
    ...(attempts && {
      attempts: attempts.map(a =>
        a.error
          ? { affinityName: a.affinityName ?? '', error: a.error }
          : { affinityName: a.affinityName ?? '' },
      ),
    }),
    explanations,
    ties,
    warnings,
  };
  if (run.error)
    return { schedulable: false, clusters: [], error: run.error, ...base };
  const clusters = result.map(s => ({
    name: snapshot.clusters[s.candidate.index].name,
    replicas: s.replicas,
  }));
  return { schedulable: true, clusters, ...base };
}
