import type {
  KarmadaPlacementValue,
  PlacementMode,
  PlacementValue,
  SchedulingType,
} from '../types';

/**
 * What the field may offer, from its `ui:options`.
 *
 * @public
 */
export interface PlacementChoices {
  modes?: PlacementMode[];
  schedulingTypes?: SchedulingType[];
}

const EMPTY_SELECTION: Record<PlacementMode, PlacementValue> = {
  clusters: { mode: 'clusters', clusterNames: [] },
  area: { mode: 'area', area: {} },
  labels: { mode: 'labels', labels: [] },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value the form starts from: what the user entered, else the
 * template's JSON-schema `default`, else one replica on named clusters,
 * Duplicated — kept within the modes and scheduling types the template
 * offers (a default that names another one falls back to the first offered).
 *
 * @public
 */
export function withPlacementDefaults(
  value: KarmadaPlacementValue | undefined,
  schemaDefault?: unknown,
  choices: PlacementChoices = {},
): KarmadaPlacementValue {
  const base = (
    isRecord(schemaDefault) ? schemaDefault : {}
  ) as KarmadaPlacementValue;
  const modes = choices.modes?.length ? choices.modes : undefined;
  const types = choices.schedulingTypes?.length
    ? choices.schedulingTypes
    : undefined;
  let placement = value?.placement ?? base.placement;
  if (!placement || (modes && !modes.includes(placement.mode))) {
    placement = EMPTY_SELECTION[modes?.[0] ?? 'clusters'];
  }
  let scheduling = value?.scheduling ?? base.scheduling;
  if (!scheduling || (types && !types.includes(scheduling.type))) {
    scheduling = { type: types?.[0] ?? 'Duplicated' };
  }
  return { replicas: 1, ...base, ...value, placement, scheduling };
}
