// One rule's overriders in Karmada's fixed order (SEMANTICS.md §3):
// image, command, args, labels, annotations, field, plaintext.
import {
  KubernetesObject,
  LabelAnnotationOverrider,
  Overriders,
} from '../types';
import { OverrideError } from './OverrideError';
import { buildCommandArgsPatches } from './commandArgsOverrider';
import { applyFieldOverrider } from './fieldOverrider';
import { buildImagePatches } from './image/imageOverrider';
import {
  JsonPatchFailure,
  PatchOperation,
  patchJsonValue,
} from './jsonpatch/applyJsonPatch';
import { buildLabelAnnotationPatches } from './labelAnnotationOverrider';
import { isRecord } from './objects';
import { OverriderName, PolicyRef } from './types';

/**
 * Called after each overrider entry (plaintext: after the whole list) with
 * the resource before and after it.
 *
 * @internal
 */
export type StepObserver = (step: {
  overrider: OverriderName;
  index: number;
  before: KubernetesObject;
  after: KubernetesObject;
}) => void;

/**
 * Karmada's `applyJSONPatch`: patch the object as JSON and decode it back;
 * the result must still have a `kind`.
 *
 * @internal
 */
export function applyResourcePatch(
  resource: KubernetesObject,
  patches: PatchOperation[],
): KubernetesObject {
  let result: unknown;
  try {
    result = patchJsonValue(resource, patches);
  } catch (e) {
    if (e instanceof JsonPatchFailure)
      throw new OverrideError('JSONPatchError', e.message);
    throw e;
  }
  if (!isRecord(result)) {
    throw new OverrideError(
      'InvalidResource',
      'the patched object is not a JSON object',
    );
  }
  if (typeof result.kind !== 'string' || result.kind === '') {
    throw new OverrideError(
      'InvalidResource',
      "Object 'Kind' is missing in the patched object",
    );
  }
  return result as KubernetesObject;
}

function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** One overrider entry: the resource it produces from the current one. */
type Stage = (current: KubernetesObject) => KubernetesObject;

function labelStage(
  field: 'labels' | 'annotations',
  o: LabelAnnotationOverrider,
): Stage {
  return current => {
    const built = buildLabelAnnotationPatches(current, field, o);
    // Karmada skips an overrider that yields no patch (no round trip, no kind check).
    return built.patches.length > 0
      ? applyResourcePatch(built.resource, built.patches)
      : current;
  };
}

/** The entries of a rule in Karmada's fixed order; plaintext is one patch for the whole list. */
function stagesOf(
  o: Overriders,
): Array<{ overrider: OverriderName; index: number; run: Stage }> {
  const stages: Array<{ overrider: OverriderName; index: number; run: Stage }> =
    [];
  listOf(o.imageOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'imageOverrider',
      index,
      run: r => applyResourcePatch(r, buildImagePatches(r, item)),
    }),
  );
  listOf(o.commandOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'commandOverrider',
      index,
      run: r =>
        applyResourcePatch(r, buildCommandArgsPatches('command', r, item)),
    }),
  );
  listOf(o.argsOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'argsOverrider',
      index,
      run: r => applyResourcePatch(r, buildCommandArgsPatches('args', r, item)),
    }),
  );
  listOf(o.labelsOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'labelsOverrider',
      index,
      run: labelStage('labels', item),
    }),
  );
  listOf(o.annotationsOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'annotationsOverrider',
      index,
      run: labelStage('annotations', item),
    }),
  );
  listOf(o.fieldOverrider).forEach((item, index) =>
    stages.push({
      overrider: 'fieldOverrider',
      index,
      run: r => applyFieldOverrider(r, item),
    }),
  );
  const plaintext = listOf(o.plaintext).map(p => ({
    op: String(p.operator ?? ''),
    path: typeof p.path === 'string' ? p.path : '',
    value: p.value ?? null,
  }));
  // Always applied, even when empty: the round trip checks that the result still has a kind.
  stages.push({
    overrider: 'plaintext',
    index: 0,
    run: r => applyResourcePatch(r, plaintext),
  });
  return stages;
}

/**
 * Applies one rule's overriders to `resource` and returns the new resource.
 *
 * @internal
 */
export function applyRule(
  resource: KubernetesObject,
  overriders: Overriders,
  source: { policy: PolicyRef; ruleIndex: number },
  observe?: StepObserver,
): KubernetesObject {
  let current = resource;
  for (const stage of stagesOf(overriders)) {
    let next: KubernetesObject;
    try {
      next = stage.run(current);
    } catch (e) {
      if (e instanceof OverrideError)
        throw e.withSource({ ...source, overrider: stage.overrider });
      throw e;
    }
    observe?.({
      overrider: stage.overrider,
      index: stage.index,
      before: current,
      after: next,
    });
    current = next;
  }
  return current;
}
