import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
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
  const issues = specIssuesWithin(spec, PLACEMENT_FIELD_PATHS);
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
  // The engine explains every cluster of the fleet; only then do its names
  // tell which clusters exist.
  const complete =
    response.fleet.ready &&
    preview.explanations.length === response.fleet.clusters;
  const unknown = complete
    ? specIssuesWithin(spec, PLACEMENT_FIELD_PATHS, {
        knownClusters: preview.explanations.map(e => e.name),
      })
    : [];
  addSpecIssues(validation, unknown);
  if (!unknown.length && !preview.schedulable) {
    validation.addError(
      `Placement: Karmada cannot place the workload (${preview.error.reason}): ${preview.error.message}`,
    );
  }
};
