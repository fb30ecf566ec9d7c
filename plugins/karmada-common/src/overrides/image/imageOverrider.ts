// Karmada's imageoverride.go: which image fields an imageOverrider rewrites
// and how (SEMANTICS.md §4.2).
import { ImageOverrider, KubernetesObject } from '../../types';
import { OverrideError } from '../OverrideError';
import { PatchOperation } from '../jsonpatch/applyJsonPatch';
import { getOwn, isRecord } from '../objects';
import { typedConversionError } from '../workload/typedConversion';
import {
  ImageReferenceError,
  formatImage,
  parseImage,
  setTagOrDigest,
} from './imageReference';

/** Kinds whose containers are rewritten without a predicate, and where their pod spec lives. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
};

function imageError(message: string): OverrideError {
  return new OverrideError('ImageOverrideError', message);
}

/**
 * `overrideImage`: the new reference for `image`. Unknown operators leave
 * the image as it is; an unknown component is an error.
 *
 * @internal
 */
export function overrideImage(
  image: string,
  overrider: ImageOverrider,
): string {
  let c;
  try {
    c = parseImage(image);
  } catch (e) {
    const why = e instanceof ImageReferenceError ? e.message : String(e);
    throw imageError(`failed to parse image value(${image}), error: ${why}`);
  }
  const value = typeof overrider.value === 'string' ? overrider.value : '';
  const op = overrider.operator;
  switch (overrider.component) {
    case 'Registry':
      if (op === 'add') c = { ...c, hostname: c.hostname + value };
      else if (op === 'replace') c = { ...c, hostname: value };
      else if (op === 'remove') c = { ...c, hostname: '' };
      return formatImage(c);
    case 'Repository':
      if (op === 'add') c = { ...c, repository: c.repository + value };
      else if (op === 'replace') c = { ...c, repository: value };
      else if (op === 'remove') c = { ...c, repository: '' };
      return formatImage(c);
    case 'Tag':
      if (op === 'add') c = setTagOrDigest(c, (c.tag || c.digest) + value);
      else if (op === 'replace') c = setTagOrDigest(c, value);
      else if (op === 'remove')
        c = c.tag ? { ...c, tag: '' } : { ...c, digest: '' };
      return formatImage(c);
    default:
      throw imageError(
        `unsupported image component(${String(overrider.component)})`,
      );
  }
}

/**
 * `obtainImageValue`: walks the predicate path without JSON-pointer rules
 * (slashes trimmed, no `~1` decoding, a list is indexed by the next segment).
 */
function obtainImageValue(resource: KubernetesObject, path: string): string {
  const segments = path.replace(/^\/+|\/+$/g, '').split('/');
  let current: Record<string, unknown> = resource;
  for (let i = 0; i < segments.length - 1; i++) {
    const next = getOwn(current, segments[i]);
    if (isRecord(next)) {
      current = next;
    } else if (Array.isArray(next)) {
      const index = segments[i + 1];
      const n = /^[+-]?\d+$/.test(index) ? Number(index) : NaN;
      if (!Number.isInteger(n) || n > 2147483647 || n < -2147483648) {
        throw imageError(`path(${index}) of rawObj's is not number`);
      }
      // Go indexes the slice and asserts a map here; out of range or a non-map entry panics.
      const entry: unknown = next[n];
      if (!isRecord(entry))
        throw imageError(
          `path(${index}) of rawObj's is not an object in range`,
        );
      current = entry;
      i++;
    } else {
      throw imageError(
        `path(${segments[i]}) of rawObj's type is not map[string]interface{} and []interface{}`,
      );
    }
  }
  const last = segments[segments.length - 1];
  const image = getOwn(current, last);
  if (typeof image !== 'string')
    throw imageError(`failed to convert path(${last}) to string`);
  return image;
}

function replaceOperation(
  path: string,
  image: string,
  overrider: ImageOverrider,
): PatchOperation {
  if (!path.startsWith('/'))
    throw imageError('imagePath should be start with / character');
  return { op: 'replace', path, value: overrideImage(image, overrider) };
}

/**
 * `buildPatches`: the JSON patch for one imageOverrider.
 *
 * @internal
 */
export function buildImagePatches(
  resource: KubernetesObject,
  overrider: ImageOverrider,
): PatchOperation[] {
  const predicatePath = overrider.predicate?.path;
  if (overrider.predicate) {
    const path = typeof predicatePath === 'string' ? predicatePath : '';
    let image: string;
    try {
      image = obtainImageValue(resource, path);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw imageError(
        `failed to obtain imageValue with predicate path(${path}), error: ${message}`,
      );
    }
    return [replaceOperation(path, image, overrider)];
  }
  const kind = typeof resource.kind === 'string' ? resource.kind : '';
  const specPath = Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind)
    ? POD_SPEC_PATHS[kind]
    : undefined;
  if (!specPath) return [];
  const conversion = typedConversionError(resource, kind);
  if (conversion) {
    throw new OverrideError(
      'InvalidResource',
      `failed to convert ${kind} from unstructured object: ${conversion}`,
    );
  }
  let podSpec: unknown = resource;
  for (const segment of specPath)
    podSpec = isRecord(podSpec) ? getOwn(podSpec, segment) : undefined;
  const list = isRecord(podSpec) ? getOwn(podSpec, 'containers') : undefined;
  const containers: unknown[] = Array.isArray(list) ? list : [];
  const prefix = `/${specPath.join('/')}`;
  return containers.map((container, index) => {
    const image = isRecord(container) ? getOwn(container, 'image') : undefined;
    return replaceOperation(
      `${prefix}/containers/${index}/image`,
      typeof image === 'string' ? image : '',
      overrider,
    );
  });
}
