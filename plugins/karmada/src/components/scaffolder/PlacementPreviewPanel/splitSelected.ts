import type {
  LeftOutGroupDto,
  SelectedClusterDto,
} from '@karmada-backstage/plugin-karmada-common';
import type { PreviewView } from './previewFacts';

// Karmada keeps a selected cluster with 0 replicas only when there are none
// to place (0 replicas, no requirements; Duplicated runs them all anyway).
const NO_REPLICAS = {
  stage: 'assign' as const,
  plugin: 'AssignReplicas',
  karmada: 'selected with 0 replicas',
  message: 'Selected, but gets no replicas.',
};

/**
 * The clusters the panel's table shows (replicas, a tie that may give some,
 * or Duplicated) and the left-out groups, with selected clusters that get
 * nothing added as a group of their own.
 *
 * @public
 */
export function splitSelected(preview: PreviewView | undefined): {
  placed: SelectedClusterDto[];
  leftOut: LeftOutGroupDto[];
} {
  if (!preview) return { placed: [], leftOut: [] };
  const placed: SelectedClusterDto[] = [];
  const empty: SelectedClusterDto[] = [];
  for (const c of preview.selected) {
    if (
      (c.replicas ?? 0) > 0 ||
      c.tieBreak ||
      preview.strategy === 'Duplicated'
    )
      placed.push(c);
    else empty.push(c);
  }
  if (empty.length === 0) return { placed, leftOut: preview.leftOut };
  return {
    placed,
    leftOut: [
      ...preview.leftOut,
      {
        reasons: [NO_REPLICAS],
        count: empty.length,
        clusters: empty.map(c => ({
          name: c.name,
          availableReplicas: c.availableReplicas,
        })),
      },
    ],
  };
}
