import type { PlacementPreview } from '../scheduling';
import { groupExplanations } from './groupExplanations';
import type { PlacementPreviewDto } from './preview';

/**
 * The engine's preview in its wire form: everything but the per-cluster
 * explanations as is, those split into the selected clusters and groups of
 * left-out clusters sharing their reasons (see {@link groupExplanations}).
 *
 * @public
 */
export function toPlacementPreviewDto(
  preview: PlacementPreview,
): PlacementPreviewDto {
  const { explanations, ties, warnings, ...rest } = preview;
  return { ...rest, ...groupExplanations(explanations), ties, warnings };
}
