import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { WorkloadSpecIssue } from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../../../api';
import { readPreview } from '../PlacementPreviewPanel/previewFacts';
import { addSpecIssues, specIssuesWithin } from '../formSpec/specIssues';
import type { KarmadaPlacementValue } from '../types';
import { buildPreviewRequest } from './buildPreviewRequest';

/** The parts of the workload spec the field owns. */
export const PLACEMENT_FIELD_PATHS = [
  'instance',
  'namespace',
  'name',
  'replicas',
  'placement',
  'scheduling',
];

function specPart(value: KarmadaPlacementValue | undefined) {
  const v = value ?? {};
  return {
    instance: v.instance,
    namespace: v.namespace,
    name: v.name,
    replicas: v.replicas,
    placement: v.placement,
    scheduling: v.scheduling,
  };
}

/**
 * The problems karmada-common's workload spec rules find in the parts of the
 * spec the `KarmadaPlacement` field owns: what its validation reports on
 * Next, and what the field marks on its inputs.
 *
 * @public
 */
export function placementFieldIssues(
  value: KarmadaPlacementValue | undefined,
): WorkloadSpecIssue[] {
  return specIssuesWithin(specPart(value), PLACEMENT_FIELD_PATHS);
}

/**
 * Validates the `KarmadaPlacement` field with karmada-common's workload spec
 * rules (messages name the field as the form shows it). When the spec is
 * valid it asks the backend for a preview: a placement naming clusters that
 * do not exist, or one Karmada cannot schedule, blocks Next with Karmada's
 * reason. An unreachable backend does not block: the create step checks again.
 *
 * @public
 */
export const validateKarmadaPlacement: CustomFieldValidator<
  KarmadaPlacementValue
> = async (value, validation, context) => {
  const spec = specPart(value);
  const issues = placementFieldIssues(value);
  if (issues.length) {
    addSpecIssues(validation, issues);
    return;
  }
  const karmadaApi = context.apiHolder.get(karmadaApiRef);
  const built = buildPreviewRequest(value ?? {});
  if (!karmadaApi || !built.request) return;
  let response;
  try {
    response = await karmadaApi.previewPlacement(built.request);
  } catch {
    return;
  }
  const preview = readPreview(response.preview);
  // The preview names every cluster of the fleet (selected or in a left-out
  // group); only when all are there do its names tell which clusters exist.
  const knownClusters = [
    ...preview.selected.map(c => c.name),
    ...preview.leftOut.flatMap(g => g.clusters.map(c => c.name)),
  ];
  const complete =
    response.fleet.ready && knownClusters.length === response.fleet.clusters;
  const unknown = complete
    ? specIssuesWithin(spec, PLACEMENT_FIELD_PATHS, { knownClusters })
    : [];
  addSpecIssues(validation, unknown);
  if (!unknown.length && !preview.schedulable) {
    validation.addError(
      `Placement: Karmada cannot place the workload (${
        preview.error?.reason ?? 'Unschedulable'
      }): ${preview.error?.message ?? 'no reason given'}`,
    );
  }
};
