import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { applyJsonPatch, JsonPatchOperation } from '../patch/jsonPatch';
import { applyMergePatch } from '../patch/mergePatch';
import { ApiError } from './ApiError';
import { parsePatchBody } from './parseBody';
import { badRequest } from './statusErrors';

/**
 * The patch types the emulator accepts (by Content-Type).
 *
 * @public
 */
export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

/**
 * The patch type of a Content-Type header, or undefined when unsupported.
 *
 * @public
 */
export function patchTypeOf(
  contentType: string | undefined,
): PatchType | undefined {
  switch ((contentType ?? '').split(';')[0].trim()) {
    case 'application/merge-patch+json':
      return 'merge';
    case 'application/json-patch+json':
      return 'json';
    case 'application/strategic-merge-patch+json':
      return 'strategic';
    case 'application/apply-patch+yaml':
    case 'application/apply-patch+json':
      return 'apply';
    default:
      return undefined;
  }
}

/** Strategic-merge directives (`$patch`, `$setElementOrder/…`) have no merge-patch meaning. */
function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, v]) => [key, stripDirectives(v)]),
  );
}

/**
 * The object a merge, strategic (treated as merge: lists are replaced) or
 * JSON patch produces from the live object.
 *
 * @public
 */
export function patchObject(
  live: KubernetesObject,
  type: Exclude<PatchType, 'apply'>,
  body: string,
): KubernetesObject {
  const patch = parsePatchBody(body);
  if (type === 'json') {
    if (!Array.isArray(patch))
      throw badRequest(
        'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
      );
    try {
      return applyJsonPatch(
        live,
        patch as JsonPatchOperation[],
      ) as KubernetesObject;
    } catch (e) {
      throw new ApiError(422, 'Invalid', (e as Error).message);
    }
  }
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw badRequest('error decoding patch: the patch must be a JSON object');
  }
  const merged = applyMergePatch(
    live,
    type === 'strategic' ? stripDirectives(patch) : patch,
  );
  return merged as KubernetesObject;
}
