import type {
  PlacementPreviewDto,
  TargetCluster,
  TieReport,
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

/** What an action logs and outputs about a placement preview. */
export interface PreviewSummary {
  schedulable: boolean;
  /** How replicas are divided (Duplicated, DynamicWeight…). */
  strategy?: string;
  clusters: ClusterReplicas[];
  ties: PreviewTie[];
  excluded: ExcludedCluster[];
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

/**
 * Reduces a placement preview to what a template step needs: the chosen
 * clusters and their replicas, ties Karmada breaks by the binding's UID,
 * the clusters left out and why, and the warnings. The extras are read
 * with defaults: the preview crosses HTTP from the Karmada backend, and a
 * missing list should thin the log, not fail a task.
 */
export function summarizePreview(preview: PlacementPreviewDto): PreviewSummary {
  const excluded = (preview.explanations ?? [])
    .filter(e => !e.selected)
    .map(e => {
      const reasons = (e.reasons ?? []).map(r => r.message || r.karmada);
      return {
        name: e.name,
        reasons: reasons.length ? reasons : ['not selected by the placement'],
      };
    });
  const ties = (preview.ties ?? []).map(t => ({
    clusters: [...t.clusters],
    outcomes: t.outcomes.map(copyClusters),
  }));
  return {
    schedulable: preview.schedulable,
    ...(preview.strategy ? { strategy: preview.strategy } : {}),
    clusters: copyClusters(preview.clusters ?? []),
    ties,
    excluded,
    warnings: (preview.warnings ?? []).map(w => w.message),
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
