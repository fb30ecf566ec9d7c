import { groupExplanations } from './groupExplanations';
import type { PlacementPreviewDto } from './preview';

/**
 * A placement preview DTO with every list present.
 *
 * @public
 */
export type CompletePlacementPreviewDto = Omit<
  PlacementPreviewDto,
  'explanations'
> &
  Required<
    Pick<
      PlacementPreviewDto,
      'clusters' | 'selected' | 'leftOut' | 'ties' | 'warnings'
    >
  >;

/**
 * Reads a preview that crossed HTTP: missing lists read as empty, and an
 * older backend's one-explanation-per-cluster form is grouped as the current
 * one is, so readers handle one shape.
 *
 * @public
 */
export function readPlacementPreviewDto(
  dto: PlacementPreviewDto,
): CompletePlacementPreviewDto {
  const { explanations, ...rest } = dto;
  const grouped =
    !dto.selected && !dto.leftOut && explanations
      ? groupExplanations(explanations)
      : undefined;
  return {
    ...rest,
    clusters: dto.clusters ?? [],
    selected: dto.selected ?? grouped?.selected ?? [],
    leftOut: dto.leftOut ?? grouped?.leftOut ?? [],
    ties: dto.ties ?? [],
    warnings: dto.warnings ?? [],
  };
}
