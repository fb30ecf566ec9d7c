import {
  PlacementPreview,
  ResourceBinding,
  StagedResultDto,
  toPlacementPreviewDto,
} from '@karmada-backstage/plugin-karmada-common';
import { placementDifferences } from '../PlacementService/placementDifferences';
import { bindingCondition } from '../shared/workloadStatus';

/**
 * Karmada's real scheduling of a staged workload beside the preview, with
 * the clusters where they differ.
 *
 * @public
 */
export function stagedResult(
  preview: PlacementPreview,
  binding: ResourceBinding | undefined,
  decided: boolean,
): StagedResultDto {
  const scheduled = bindingCondition(binding, 'Scheduled');
  let state: StagedResultDto['state'] = 'pending';
  if (decided)
    state = scheduled?.status === 'True' ? 'scheduled' : 'unschedulable';
  const expected = new Map(preview.clusters.map(c => [c.name, c.replicas]));
  const actual = new Map(
    (binding?.spec.clusters ?? []).map(c => [c.name, c.replicas]),
  );
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return {
    state,
    ...(binding
      ? {
          binding: {
            name: binding.metadata.name ?? '',
            clusters: binding.spec.clusters ?? [],
            ...(scheduled ? { scheduled } : {}),
          },
        }
      : {}),
    preview: toPlacementPreviewDto(preview),
    differences: decided
      ? placementDifferences(
          names.map(n => ({
            cluster: n,
            expectedReplicas: expected.get(n),
            scheduledReplicas: actual.get(n),
          })),
          { compareRunning: false },
        )
      : [],
  };
}
