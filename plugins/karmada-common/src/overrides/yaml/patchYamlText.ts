import { PatchOperation, patchJsonText } from '../jsonpatch/applyJsonPatch';
import { goValueToJson, jsonTextToGoValue } from './goValue';
import { readYaml } from './readYaml';
import { emitYaml } from './yamlEmitter';

/**
 * Karmada's `applyRawYAMLPatch`: YAML → JSON (YAML 1.1 typing) → JSON patch
 * → YAML as yaml.v2 writes it (keys sorted, comments gone, normalised
 * styles). The YAML of an empty string is `null`, so operations on it fail.
 *
 * @internal
 */
export function patchYamlText(text: string, ops: PatchOperation[]): string {
  const json = goValueToJson(readYaml(text));
  const patched = patchJsonText(json, ops);
  return emitYaml(jsonTextToGoValue(patched));
}
