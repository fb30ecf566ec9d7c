// Karmada's commandargsoverride.go (SEMANTICS.md §4.3).
import { CommandArgsOverrider, KubernetesObject } from '../types';
import { OverrideError } from './OverrideError';
import { goSprintS } from './goFormat';
import { PatchOperation } from './jsonpatch/applyJsonPatch';
import { getOwn, isRecord } from './objects';

const CONTAINERS_PATH: Record<string, string[]> = {
  Pod: ['spec', 'containers'],
  ReplicaSet: ['spec', 'template', 'spec', 'containers'],
  Deployment: ['spec', 'template', 'spec', 'containers'],
  DaemonSet: ['spec', 'template', 'spec', 'containers'],
  Job: ['spec', 'template', 'spec', 'containers'],
  StatefulSet: ['spec', 'template', 'spec', 'containers'],
};

function invalid(message: string): OverrideError {
  return new OverrideError('InvalidResource', message);
}

/** `unstructured.NestedSlice`: absent → undefined; a non-map on the way or a non-list at the end is an error. */
function nestedSlice(
  resource: KubernetesObject,
  path: string[],
): unknown[] | undefined {
  let current: unknown = resource;
  for (let i = 0; i < path.length; i++) {
    if (!isRecord(current)) {
      throw invalid(
        `failed to retrieves path(${path.join('/')}) from rawObj, error: ${path
          .slice(0, i)
          .join('.')} is not an object`,
      );
    }
    current = getOwn(current, path[i]);
    if (current === undefined) return undefined;
  }
  if (!Array.isArray(current)) {
    throw invalid(
      `failed to retrieves path(${path.join(
        '/',
      )}) from rawObj, error: ${path.join('.')} is not a list`,
    );
  }
  return current;
}

/** `overrideCommandArgs`: add appends, remove drops every listed item, anything else keeps the list. */
function overrideList(
  current: string[],
  overrider: CommandArgsOverrider,
): string[] {
  const value = Array.isArray(overrider.value)
    ? overrider.value.map(v => String(v))
    : [];
  if (overrider.operator === 'add') return [...current, ...value];
  if (overrider.operator === 'remove')
    return current.filter(item => !value.includes(item));
  return current;
}

/**
 * `buildCommandArgsPatches`: the JSON patch for one command or args overrider.
 * Every container with the name is changed; a missing or null field is
 * created (with `[]` for any operator other than add).
 *
 * @internal
 */
export function buildCommandArgsPatches(
  target: 'command' | 'args',
  resource: KubernetesObject,
  overrider: CommandArgsOverrider,
): PatchOperation[] {
  const kind = typeof resource.kind === 'string' ? resource.kind : '';
  const path = Object.prototype.hasOwnProperty.call(CONTAINERS_PATH, kind)
    ? CONTAINERS_PATH[kind]
    : undefined;
  if (!path) return [];
  const containers = nestedSlice(resource, path);
  if (!containers || containers.length === 0) return [];
  const wanted =
    typeof overrider.containerName === 'string' ? overrider.containerName : '';
  const patches: PatchOperation[] = [];
  containers.forEach((container, index) => {
    // Go asserts each container is a map; anything else panics.
    if (!isRecord(container))
      throw invalid(`${path.join('.')}[${index}] is not an object`);
    if (getOwn(container, 'name') !== wanted) return;
    const fieldPath = `/${path.join('/')}/${index}/${target}`;
    const current = getOwn(container, target);
    if (current === null || current === undefined) {
      patches.push({
        op: 'add',
        path: fieldPath,
        value: overrideList([], overrider),
      });
      return;
    }
    if (!Array.isArray(current))
      throw invalid(`${path.join('.')}[${index}].${target} is not a list`);
    patches.push({
      op: 'replace',
      path: fieldPath,
      value: overrideList(current.map(goSprintS), overrider),
    });
  });
  return patches;
}
