// Karmada's `applyFieldOverriders` (SEMANTICS.md §4.5): patches JSON or
// YAML embedded in a string field.
import {
  FieldOverrider,
  FieldPatchOperation,
  KubernetesObject,
} from '../types';
import { OverrideError } from './OverrideError';
import { PatchOperation, patchJsonText } from './jsonpatch/applyJsonPatch';
import { getByPointer, parsePointer, setByPointer } from './jsonPointer';
import { patchYamlText } from './yaml/patchYamlText';

function toOperations(list: FieldPatchOperation[]): PatchOperation[] {
  return list.map(item => ({
    op: String(item.operator ?? ''),
    path: typeof item.subPath === 'string' ? item.subPath : '',
    value: item.value ?? null,
  }));
}

function failure(e: unknown): OverrideError {
  return new OverrideError(
    'FieldOverrideError',
    e instanceof Error ? e.message : String(e),
  );
}

/**
 * Applies one fieldOverrider and returns the new resource. `yaml` wins over
 * `json` when both are set; with neither, the field becomes `""`.
 *
 * @internal
 */
export function applyFieldOverrider(
  resource: KubernetesObject,
  overrider: FieldOverrider,
): KubernetesObject {
  const fieldPath =
    typeof overrider.fieldPath === 'string' ? overrider.fieldPath : '';
  let tokens: string[];
  let current: { value: unknown; isString: boolean };
  try {
    tokens = parsePointer(fieldPath);
    current = getByPointer(resource, tokens);
  } catch (e) {
    throw failure(e);
  }
  if (!current.isString) {
    throw new OverrideError(
      'FieldOverrideError',
      `Get object's value by overrider's path(${fieldPath}) is not string`,
    );
  }
  const text = current.value as string;
  const yamlOps = Array.isArray(overrider.yaml) ? overrider.yaml : [];
  const jsonOps = Array.isArray(overrider.json) ? overrider.json : [];
  let applied = '';
  try {
    if (yamlOps.length > 0)
      applied = patchYamlText(text, toOperations(yamlOps));
    else if (jsonOps.length > 0)
      applied = patchJsonText(text, toOperations(jsonOps));
  } catch (e) {
    throw failure(e);
  }
  return setByPointer(resource, tokens, applied) as KubernetesObject;
}
