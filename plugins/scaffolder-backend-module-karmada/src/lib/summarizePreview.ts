import {
  readPlacementPreviewDto,
  type ExplanationReason,
  type PlacementPreviewDto,
  type TargetCluster,
  type TieReport,
} from '@karmada-backstage/plugin-karmada-common';

/** A cluster and its replicas (absent when Karmada gives none, e.g. Duplicated). */
export type ClusterReplicas = TargetCluster;

/** Clusters whose counts depend on the binding's UID, with each possible outcome. */
export type PreviewTie = TieReport;

/** A cluster the scheduler leaves out, with the reasons in plain words. */
export interface ExcludedCluster {
  name: string;
  reasons: string[];
}

/** Clusters the scheduler leaves out for the same reasons (plain words). */
export interface LeftOutGroup {
  reasons: string[];
  count: number;
  /** Names ascending. */
  clusters: string[];
}

/** What an action logs and outputs about a placement preview. */
export interface PreviewSummary {
  schedulable: boolean;
  /** How replicas are divided (Duplicated, DynamicWeight…). */
  strategy?: string;
  clusters: ClusterReplicas[];
  ties: PreviewTie[];
  /** Every left-out cluster on its own (kept for templates that read it). */
  excluded: ExcludedCluster[];
  /** The left-out clusters grouped by reasons, largest group first. */
  leftOut: LeftOutGroup[];
  warnings: string[];
  /** Why Karmada would not schedule it (Karmada's reason and message). */
  error?: { reason: string; message: string };
}

// Plain copies, so outputs hold only the fields their schema declares.
const copyClusters = (clusters: TargetCluster[]): ClusterReplicas[] =>
  clusters.map(c =>
    c.replicas === undefined
      ? { name: c.name }
      : { name: c.name, replicas: c.replicas },
  );

const wordsOf = (reasons: readonly ExplanationReason[]): string[] =>
  reasons.length
    ? reasons.map(r => r.message || r.karmada)
    : ['not selected by the placement'];

/**
 * Reduces a placement preview to what a template step needs: the chosen
 * clusters and their replicas, ties Karmada breaks by the binding's UID,
 * the clusters left out and why (grouped by reason, and one by one), and
 * the warnings. The preview crosses HTTP from the Karmada backend: it is
 * read with defaults, so a missing list thins the log instead of failing a
 * task, and an older backend's per-cluster form reads the same.
 */
export function summarizePreview(dto: PlacementPreviewDto): PreviewSummary {
  const preview = readPlacementPreviewDto(dto);
  const leftOut = preview.leftOut.map(g => ({
    reasons: wordsOf(g.reasons),
    count: g.count,
    clusters: g.clusters.map(c => c.name),
  }));
  const excluded = leftOut
    .flatMap(g => g.clusters.map(name => ({ name, reasons: g.reasons })))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const ties = preview.ties.map(t => ({
    clusters: [...t.clusters],
    outcomes: t.outcomes.map(copyClusters),
  }));
  return {
    schedulable: preview.schedulable,
    ...(preview.strategy ? { strategy: preview.strategy } : {}),
    clusters: copyClusters(preview.clusters),
    ties,
    excluded,
    leftOut,
    warnings: preview.warnings.map(w => w.message),
    ...(preview.schedulable
      ? {}
      : {
          error: {
            reason: preview.error?.reason ?? 'Unschedulable',
            message: preview.error?.message ?? 'no reason given',
          },
        }),
  };
}
