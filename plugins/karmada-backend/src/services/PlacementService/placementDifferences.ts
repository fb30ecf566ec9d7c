import {
  PlacementClusterDto,
  PlacementDifferenceDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Clusters where the preview, Karmada's schedule and what runs disagree,
 * each with a sentence. Running counts ready replicas; a cluster still
 * rolling out shows as a difference until it is ready.
 *
 * @public
 */
export function placementDifferences(
  clusters: Array<
    Pick<
      PlacementClusterDto,
      'cluster' | 'expectedReplicas' | 'scheduledReplicas' | 'status'
    >
  >,
  options: { compareRunning?: boolean } = {},
): PlacementDifferenceDto[] {
  const out: PlacementDifferenceDto[] = [];
  const compareRunning = options.compareRunning ?? true;
  for (const c of clusters) {
    const expected = c.expectedReplicas ?? 0;
    const scheduled = c.scheduledReplicas ?? 0;
    const running = c.status?.readyReplicas ?? 0;
    const parts: string[] = [];
    if (expected !== scheduled)
      parts.push(
        `the preview expects ${expected}, Karmada scheduled ${scheduled}`,
      );
    if (compareRunning && scheduled !== running)
      parts.push(`${running} of ${scheduled} running`);
    if (parts.length) {
      out.push({
        cluster: c.cluster,
        ...(c.expectedReplicas !== undefined
          ? { expected: c.expectedReplicas }
          : {}),
        ...(c.scheduledReplicas !== undefined
          ? { scheduled: c.scheduledReplicas }
          : {}),
        ...(c.status ? { running } : {}),
        message: parts.join('; '),
      });
    }
  }
  return out;
}
