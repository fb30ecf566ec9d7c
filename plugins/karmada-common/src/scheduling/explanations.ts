// Beyond Karmada: for every cluster of the fleet, what happened to it and
// why, plus the clusters whose counts hang on the UID tie-break.
import type { TargetCluster } from '../types';
import type { ExplanationReason } from './framework';
import type { ReasonFamily } from './filterContext';
import type { PipelineRequest, PipelineRun } from './schedulePipeline';
import type { Share } from './divideReplicas';
import type { ClusterExplanation, TieReport } from './types';

interface TieMarks {
  reports: TieReport[];
  possible: Map<number, number[]>;
}

function tiesOf(request: PipelineRequest, run: PipelineRun): TieMarks {
  const { clusters } = request.snapshot;
  const possible = new Map<number, number[]>();
  const reports: TieReport[] = [];
  for (const [first, second] of run.assign?.ties ?? []) {
    const other = new Map(second.map(s => [s.candidate.index, s.replicas]));
    const differing = first.filter(
      s => other.get(s.candidate.index) !== s.replicas,
    );
    if (differing.length === 0) continue;
    const names = new Set(differing.map(s => s.candidate.index));
    const restrict = (shares: Share[]): TargetCluster[] =>
      shares
        .filter(s => names.has(s.candidate.index))
        .map(s => ({
          name: clusters[s.candidate.index].name,
          replicas: s.replicas,
        }));
    reports.push({
      clusters: differing.map(s => clusters[s.candidate.index].name),
      outcomes: [restrict(first), restrict(second)],
    });
    for (const s of differing) {
      const values = [s.replicas, other.get(s.candidate.index) ?? 0].sort(
        (a, b) => a - b,
      );
      possible.set(s.candidate.index, values);
    }
  }
  return { reports, possible };
}

// Lookups over one run, built once so each cluster costs O(1).
interface RunLookup {
  selected: Uint8Array;
  swapped: Uint8Array;
  available: Float64Array;
  selectedAvailable: number;
  notSelected: ReasonFamily;
  /** The last not-selected note and its list (neighbours share notes). */
  lastNote?: string;
  lastList: readonly ExplanationReason[];
  zero: ReasonFamily;
  /** The reasons every candidate shares when selection or assignment failed. */
  selectError?: readonly ExplanationReason[];
  assignError?: ReasonFamily;
}

const NO_REASONS: readonly ExplanationReason[] = Object.freeze([]);

function lookupOf(request: PipelineRequest, run: PipelineRun): RunLookup {
  const n = request.snapshot.clusters.length;
  const { reasons } = request;
  const lookup: RunLookup = {
    selected: new Uint8Array(n),
    swapped: new Uint8Array(n),
    available: new Float64Array(n),
    selectedAvailable: 0,
    notSelected: reasons.family(
      'select',
      'SelectClusters',
      'not selected by the spread constraints',
    ),
    zero: reasons.family(
      'assign',
      'AssignReplicas',
      'removeZeroReplicasCluster',
    ),
    lastList: NO_REASONS,
  };
  for (const c of run.candidates) lookup.available[c.index] = c.available;
  for (const c of run.selection?.selected ?? []) {
    lookup.selected[c.index] = 1;
    lookup.selectedAvailable += c.available;
  }
  for (const c of run.selection?.swappedOut ?? []) lookup.swapped[c.index] = 1;
  const { selection, error } = run;
  if (selection && !selection.selected && error) {
    lookup.selectError = reasons
      .family('select', 'SelectClusters', error.message)
      .list(selection.note ?? selection.error ?? error.message);
  }
  if (error && run.assign)
    lookup.assignError = reasons.family(
      'assign',
      'AssignReplicas',
      error.message,
    );
  return lookup;
}

function stageReasons(
  request: PipelineRequest,
  run: PipelineRun,
  lookup: RunLookup,
  index: number,
  inResult: boolean,
): readonly ExplanationReason[] {
  const filterReasons = run.filter.reasons[index];
  if (filterReasons) return filterReasons;
  const { selection, assign, error } = run;
  if (!selection) return NO_REASONS;
  if (lookup.selectError) return lookup.selectError;
  if (!lookup.selected[index]) {
    const note = lookup.swapped[index]
      ? selection.swapNote
      : selection.notSelectedNoteOf?.(index) ?? selection.notSelectedNote;
    const text = note ?? 'not selected';
    if (text !== lookup.lastNote) {
      lookup.lastNote = text;
      lookup.lastList = lookup.notSelected.list(text);
    }
    return lookup.lastList;
  }
  if (error && lookup.assignError) {
    const message =
      error.reason === 'InsufficientReplicas'
        ? `capacity for ${lookup.available[index]} replicas, ${request.replicas} needed ` +
          `(all ${selection.selected?.length ?? 0} candidates together: ${
            lookup.selectedAvailable
          })`
        : error.message;
    return lookup.assignError.list(message);
  }
  if (!inResult) {
    return lookup.zero.list(
      assign?.zeroNotes.get(index) ??
        'no replicas assigned (its share of the division rounds to 0)',
    );
  }
  return NO_REASONS;
}

/**
 * One explanation per cluster of the fleet (names ascending) and the tie
 * reports of a pipeline run.
 */
export function buildExplanations(
  request: PipelineRequest,
  run: PipelineRun,
): { explanations: ClusterExplanation[]; ties: TieReport[] } {
  const { clusters, index } = request.snapshot;
  // -1: not in the result.
  const replicasOf = new Int32Array(clusters.length).fill(-1);
  if (!run.error)
    for (const s of run.assign?.result ?? [])
      replicasOf[s.candidate.index] = s.replicas;
  const ties = tiesOf(request, run);
  const anyTie = ties.possible.size > 0;
  const lookup = lookupOf(request, run);
  const explanations: ClusterExplanation[] = new Array(clusters.length);
  for (let r = 0; r < clusters.length; r++) {
    const i = index.nameOrder[r];
    const c = clusters[i];
    const replicas = replicasOf[i] >= 0 ? replicasOf[i] : undefined;
    const possible = anyTie ? ties.possible.get(i) : undefined;
    // One object shape for every entry (absent fields are undefined, which
    // JSON drops), so building ten thousand of them stays cheap.
    explanations[r] = {
      name: c.name,
      selected: replicas !== undefined,
      replicas,
      availableReplicas: request.estimates[i],
      provider: c.provider || undefined,
      region: c.region || undefined,
      zones: c.zones as string[],
      tieBreak: possible ? true : undefined,
      possibleReplicas: possible,
      reasons: stageReasons(request, run, lookup, i, replicas !== undefined),
    };
  }
  return { explanations, ties: ties.reports };
}
