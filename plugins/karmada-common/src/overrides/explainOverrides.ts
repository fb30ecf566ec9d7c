// Beyond Karmada: which rule caused each difference between the template
// and what a member cluster receives.
import { Cluster, KubernetesObject, OverridePolicy } from '../types';
import { guard, runOverrides } from './applyOverridePolicies';
import {
  PathSegment,
  SegmentedChange,
  diffSegments,
  toDisplayPath,
  toPointer,
} from './diffManifests';
import { parsePointer } from './jsonPointer';
import { cloneJson } from './objects';
import {
  AppliedOverride,
  AppliedPolicy,
  AttributedChange,
  OverrideExplanation,
  OverriderName,
} from './types';

interface Step {
  rule: AppliedOverride;
  overrider: OverriderName;
  index: number;
  touched: PathSegment[][];
}

function segmentKey(s: PathSegment, side: 'before' | 'after'): string {
  if ('key' in s) return `k:${s.key}`;
  if (s.name !== undefined) return `n:${s.name}`;
  return `i:${side === 'before' ? s.beforeIndex : s.afterIndex}`;
}

/** Whether one path is a prefix of the other (one change contains the other). */
function overlaps(a: PathSegment[], b: PathSegment[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const sa = a[i];
    const sb = b[i];
    if (
      segmentKey(sa, 'after') !== segmentKey(sb, 'after') &&
      segmentKey(sa, 'before') !== segmentKey(sb, 'before')
    ) {
      return false;
    }
  }
  return true;
}

/** Within one plaintext list, the last operation whose path contains or lies inside the change. */
function plaintextIndex(rule: AppliedOverride, pointer: string): number {
  const ops = Array.isArray(rule.overriders.plaintext)
    ? rule.overriders.plaintext
    : [];
  const changed = parsePointer(pointer);
  for (let i = ops.length - 1; i >= 0; i--) {
    let tokens: string[];
    try {
      tokens = parsePointer(typeof ops[i].path === 'string' ? ops[i].path : '');
    } catch {
      continue;
    }
    const n = Math.min(tokens.length, changed.length);
    if (tokens.slice(0, n).every((t, j) => t === changed[j])) return i;
  }
  return Math.max(ops.length - 1, 0);
}

function attribute(
  change: SegmentedChange,
  steps: Step[],
): AttributedChange | undefined {
  let step: Step | undefined;
  for (let i = steps.length - 1; i >= 0 && !step; i--) {
    if (steps[i].touched.some(t => overlaps(t, change.segments)))
      step = steps[i];
  }
  step ??= steps[steps.length - 1];
  if (!step) return undefined;
  const path = toPointer(change.segments, change.op);
  const out: AttributedChange = {
    path,
    op: change.op,
    displayPath: toDisplayPath(change.segments, change.op),
    policy: step.rule.policy,
    ruleIndex: step.rule.ruleIndex,
    overrider: step.overrider,
    overriderIndex:
      step.overrider === 'plaintext'
        ? plaintextIndex(step.rule, path)
        : step.index,
  };
  if (change.op !== 'add') out.before = cloneJson(change.before);
  if (change.op !== 'remove') out.after = cloneJson(change.after);
  return out;
}

function appliedPolicies(applied: AppliedOverride[]): AppliedPolicy[] {
  const out: AppliedPolicy[] = [];
  for (const rule of applied) {
    const last = out[out.length - 1];
    const same =
      last &&
      last.kind === rule.policy.kind &&
      last.name === rule.policy.name &&
      last.namespace === rule.policy.namespace;
    if (same) last.ruleIndexes.push(rule.ruleIndex);
    else out.push({ ...rule.policy, ruleIndexes: [rule.ruleIndex] });
  }
  return out;
}

/**
 * Like `applyOverridePolicies`, and also says which policy, rule and
 * overrider produced each difference from the template. When several rules
 * touch a path, the last one is named; a change a later rule undoes does
 * not appear.
 *
 * @public
 */
export function explainOverrides(
  resource: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
): OverrideExplanation {
  const steps: Step[] = [];
  const result = guard(() =>
    runOverrides(
      resource,
      cluster,
      policies,
      rule =>
        ({ overrider, index, before, after }) => {
          const touched = diffSegments(before, after).map(c => c.segments);
          if (touched.length > 0)
            steps.push({ rule, overrider, index, touched });
        },
    ),
  );
  const changes = diffSegments(resource, result.resource)
    .map(change => attribute(change, steps))
    .filter((c): c is AttributedChange => c !== undefined);
  return {
    resource: cloneJson(result.resource),
    changes,
    appliedPolicies: appliedPolicies(result.applied),
  };
}
