import type {
  ClusterExplanation,
  PlacementPreview,
  PlacementPreviewDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The engine's preview as the backend passes it through (`PlacementPreviewDto`
 * is typed loosely so the wire contract survives new fields). Missing lists
 * read as empty, so an older backend still renders.
 *
 * @public
 */
export function readPreview(dto: PlacementPreviewDto): PlacementPreview {
  const p = dto as unknown as Partial<PlacementPreview>;
  return {
    ...(p as PlacementPreview),
    clusters: p.clusters ?? [],
    explanations: p.explanations ?? [],
    ties: p.ties ?? [],
    warnings: p.warnings ?? [],
  };
}

/**
 * Clusters that will receive replicas, or may on a tie; Duplicated gives
 * every selected cluster all of them. The differential step may target these.
 *
 * @public
 */
export function scheduledClusterNames(preview: PlacementPreview): string[] {
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
export function replicasText(e: ClusterExplanation): string {
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
export function previewTotal(preview: PlacementPreview): {
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
