import {
  readPlacementPreviewDto,
  type CompletePlacementPreviewDto,
  type PlacementPreviewDto,
  type SelectedClusterDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * A preview as the panel reads it: the wire form with every list present.
 *
 * @public
 */
export type PreviewView = CompletePlacementPreviewDto;

/**
 * The preview as the backend sends it, with missing lists read as empty (an
 * older backend's per-cluster explanations are grouped as the current
 * backend groups them), so the panel handles one shape.
 *
 * @public
 */
export function readPreview(dto: PlacementPreviewDto): PreviewView {
  return readPlacementPreviewDto(dto);
}

/**
 * Clusters that will receive replicas, or may on a tie; Duplicated gives
 * every selected cluster all of them. The differential step may target these.
 *
 * @public
 */
export function scheduledClusterNames(preview: PreviewView): string[] {
  if (!preview.schedulable) return [];
  const names = new Set(
    preview.clusters
      .filter(c => (c.replicas ?? 0) > 0 || preview.strategy === 'Duplicated')
      .map(c => c.name),
  );
  for (const tie of preview.ties) {
    for (const outcome of tie.outcomes) {
      for (const c of outcome) if ((c.replicas ?? 0) > 0) names.add(c.name);
    }
  }
  return [...names].sort();
}

/**
 * The replicas of a cluster in words: `3`, or `2 or 3` when Karmada's
 * tie-break decides.
 *
 * @public
 */
export function replicasText(e: SelectedClusterDto): string {
  if (e.tieBreak && e.possibleReplicas && e.possibleReplicas.length > 1) {
    const counts = e.possibleReplicas.map(String);
    return `${counts.slice(0, -1).join(', ')} or ${counts[counts.length - 1]}`;
  }
  return String(e.replicas ?? 0);
}

/**
 * Headroom in words; Karmada's estimator says MaxInt32 when nothing bounds it.
 *
 * @public
 */
export function headroomText(availableReplicas: number): string {
  return availableReplicas >= 2147483647
    ? 'unbounded'
    : `${availableReplicas} more`;
}

/**
 * The total of the preview: replicas that will run and in how many clusters.
 *
 * @public
 */
export function previewTotal(preview: PreviewView): {
  replicas: number;
  clusters: number;
} {
  const placed = preview.clusters;
  return {
    replicas: placed.reduce((sum, c) => sum + (c.replicas ?? 0), 0),
    clusters: placed.filter(
      c => (c.replicas ?? 0) > 0 || preview.strategy === 'Duplicated',
    ).length,
  };
}
