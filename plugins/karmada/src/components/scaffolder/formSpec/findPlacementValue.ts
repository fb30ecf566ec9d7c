import type { KarmadaPlacementValue } from '../types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds the `KarmadaPlacement` field's value in the whole form data: under
 * `key` when the template names it (`ui:options.placementField`), otherwise
 * the first top-level value shaped like one (it has a `placement` object and
 * an `instance` or `scheduling`), so templates need no wiring.
 *
 * @public
 */
export function findPlacementValue(
  formData: unknown,
  key?: string,
): KarmadaPlacementValue | undefined {
  if (!isRecord(formData)) return undefined;
  if (key) {
    const value = formData[key];
    return isRecord(value) ? (value as KarmadaPlacementValue) : undefined;
  }
  for (const value of Object.values(formData)) {
    if (
      isRecord(value) &&
      isRecord(value.placement) &&
      ('instance' in value || 'scheduling' in value)
    ) {
      return value as KarmadaPlacementValue;
    }
  }
  return undefined;
}
