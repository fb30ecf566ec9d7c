// Karmada's labelannotationoverrider.go (SEMANTICS.md §4.4).
import { KubernetesObject, LabelAnnotationOverrider } from '../types';
import { PatchOperation } from './jsonpatch/applyJsonPatch';
import { getOwn, hasOwn, isRecord, setOwn } from './objects';

/** `unstructured.NestedStringMap`: the map when it exists and every value is a string. */
function nestedStringMap(
  resource: KubernetesObject,
  field: string,
): Record<string, string> | undefined {
  const metadata = getOwn(resource, 'metadata');
  if (!isRecord(metadata)) return undefined;
  const map = getOwn(metadata, field);
  if (!isRecord(map)) return undefined;
  return Object.values(map).every(v => typeof v === 'string')
    ? (map as Record<string, string>)
    : undefined;
}

/** `SetNestedStringMap(obj, {}, "metadata", field)` on a copy; undefined when metadata is not an object. */
function withEmptyMap(
  resource: KubernetesObject,
  field: string,
): KubernetesObject | undefined {
  const metadata = getOwn(resource, 'metadata');
  if (metadata !== undefined && !isRecord(metadata)) return undefined;
  const nextMetadata: Record<string, unknown> = { ...(metadata ?? {}) };
  setOwn(nextMetadata, field, {});
  const next: Record<string, unknown> = { ...resource };
  setOwn(next, 'metadata', nextMetadata);
  return next as KubernetesObject;
}

/**
 * The patch for one labels or annotations overrider, and the resource it
 * applies to: `add` first resets an absent, null or non-string map to `{}`
 * (on a copy); `replace` and `remove` skip keys that do not exist.
 *
 * @internal
 */
export function buildLabelAnnotationPatches(
  resource: KubernetesObject,
  field: 'labels' | 'annotations',
  overrider: LabelAnnotationOverrider,
): { resource: KubernetesObject; patches: PatchOperation[] } {
  let current = resource;
  const patches: PatchOperation[] = [];
  const values = isRecord(overrider.value) ? overrider.value : {};
  // Go ranges over a map (random order); keys are distinct, so sorting changes nothing.
  for (const key of Object.keys(values).sort()) {
    if (overrider.operator === 'remove' || overrider.operator === 'replace') {
      const map = nestedStringMap(current, field);
      if (!map || !hasOwn(map, key)) continue;
    } else if (
      overrider.operator === 'add' &&
      !nestedStringMap(current, field)
    ) {
      const reset = withEmptyMap(current, field);
      if (!reset) continue;
      current = reset;
    }
    // Only "/" is escaped: "~" is not a valid label or annotation key character.
    patches.push({
      op: String(overrider.operator),
      path: `/metadata/${field}/${key.replace(/\//g, '~1')}`,
      value: values[key],
    });
  }
  return { resource: current, patches };
}
