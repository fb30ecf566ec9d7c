import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { karmadaApiRef } from '../../../api';
import { buildPreviewRequest } from '../KarmadaPlacementField/buildPreviewRequest';
import {
  readPreview,
  scheduledClusterNames,
} from '../PlacementPreviewPanel/previewFacts';
import {
  assembleWorkloadSpec,
  type FormSpecKeys,
} from '../formSpec/assembleWorkloadSpec';
import { findPlacementValue } from '../formSpec/findPlacementValue';
import { addSpecIssues, specIssuesWithin } from '../formSpec/specIssues';
import type { DifferentialItemValue } from '../types';

/**
 * The clusters the placement chooses now: a fresh preview when the backend
 * answers (the stored list may predate the last edit), else the list the
 * placement field stored.
 */
async function chosenClusters(
  formData: Record<string, unknown>,
  keys: FormSpecKeys,
  apiHolder: Parameters<CustomFieldValidator<unknown>>[2]['apiHolder'],
): Promise<string[]> {
  const placement = findPlacementValue(formData, keys.placementField);
  const stored = placement?.scheduledClusters ?? [];
  const built = placement ? buildPreviewRequest(placement) : undefined;
  const karmadaApi = apiHolder.get(karmadaApiRef);
  if (!karmadaApi || !built?.request) return stored;
  try {
    return scheduledClusterNames(
      readPreview((await karmadaApi.previewPlacement(built.request)).preview),
    );
  } catch {
    return stored;
  }
}

/**
 * Validates the differential configuration with karmada-common's spec rules:
 * every item changes something valid, targets only clusters the placement
 * chose, and no cluster gets the same field from two items.
 *
 * @public
 */
export const validateKarmadaDifferential: CustomFieldValidator<
  DifferentialItemValue[],
  FormSpecKeys
> = async (value, validation, context) => {
  const keys: FormSpecKeys = context.uiSchema?.['ui:options'] ?? {};
  const items = value ?? [];
  if (items.length === 0) return;
  const formData = {
    ...context.formData,
    [keys.differentialField ?? 'differential']: items,
  };
  const spec = assembleWorkloadSpec(formData, keys);
  const scheduledClusters = await chosenClusters(
    formData,
    keys,
    context.apiHolder,
  );
  addSpecIssues(
    validation,
    specIssuesWithin(spec, ['differential'], { scheduledClusters }),
  );
};
