// Validation of cluster affinities: the CRD's schema plus Karmada's webhook
// rules (pkg/util/validation: ValidateClusterAffinity, ValidatePolicyFieldSelector).
// Label selectors are deliberately not validated: Karmada does not either
// (an invalid one simply matches nothing).
import type {
  ClusterAffinity,
  FieldSelectorRequirement,
  LabelSelector,
  LabelSelectorRequirement,
} from '../types';
import {
  child,
  fail,
  optionalArray,
  optionalObject,
  optionalString,
  optionalStringArray,
  optionalStringMap,
  Path,
  rejectUnknownFields,
} from './wire';

const AFFINITY_FIELDS = [
  'labelSelector',
  'fieldSelector',
  'clusterNames',
  'exclude',
];

function requirement(raw: unknown, path: Path): LabelSelectorRequirement {
  const obj = optionalObject(raw, path) ?? fail(path, 'must be an object');
  rejectUnknownFields(obj, ['key', 'operator', 'values'], path);
  const key = optionalString(obj.key, child(path, 'key'));
  const operator = optionalString(obj.operator, child(path, 'operator'));
  if (key === undefined) fail(child(path, 'key'), 'required value');
  if (operator === undefined) fail(child(path, 'operator'), 'required value');
  const values = optionalStringArray(obj.values, child(path, 'values'));
  return values ? { key, operator, values } : { key, operator };
}

function labelSelector(raw: unknown, path: Path): LabelSelector | undefined {
  const obj = optionalObject(raw, path);
  if (!obj) return undefined;
  rejectUnknownFields(obj, ['matchLabels', 'matchExpressions'], path);
  const out: LabelSelector = {};
  const matchLabels = optionalStringMap(
    obj.matchLabels,
    child(path, 'matchLabels'),
  );
  if (matchLabels) out.matchLabels = matchLabels;
  const exprs = optionalArray(
    obj.matchExpressions,
    child(path, 'matchExpressions'),
  );
  if (exprs)
    out.matchExpressions = exprs.map((e, i) =>
      requirement(e, child(child(path, 'matchExpressions'), i)),
    );
  return out;
}

function fieldSelector(
  raw: unknown,
  path: Path,
  webhookRules: boolean,
): { matchExpressions?: FieldSelectorRequirement[] } | undefined {
  const obj = optionalObject(raw, path);
  if (!obj) return undefined;
  rejectUnknownFields(obj, ['matchExpressions'], path);
  const exprsPath = child(path, 'matchExpressions');
  const exprs = optionalArray(obj.matchExpressions, exprsPath);
  if (!exprs) return {};
  return {
    matchExpressions: exprs.map((e, i) => {
      const p = child(exprsPath, i);
      const req = requirement(e, p);
      if (!webhookRules) return req;
      if (!['provider', 'region', 'zone'].includes(req.key)) {
        fail(
          child(p, 'key'),
          `unsupported key "${req.key}", must be provider, region, or zone`,
        );
      }
      if (req.operator !== 'In' && req.operator !== 'NotIn') {
        fail(
          child(p, 'operator'),
          `unsupported operator "${req.operator}", must be In or NotIn`,
        );
      }
      return req;
    }),
  };
}

/**
 * The four matching fields of an affinity object, validated. `webhookRules`
 * adds ValidatePolicyFieldSelector (Karmada applies it to placement
 * affinities, not to static weight rules).
 */
export function affinityFields(
  obj: Record<string, unknown>,
  path: Path,
  webhookRules = true,
): ClusterAffinity {
  const out: ClusterAffinity = {};
  const ls = labelSelector(obj.labelSelector, child(path, 'labelSelector'));
  if (ls) out.labelSelector = ls;
  const fs = fieldSelector(
    obj.fieldSelector,
    child(path, 'fieldSelector'),
    webhookRules,
  );
  if (fs) out.fieldSelector = fs;
  const names = optionalStringArray(
    obj.clusterNames,
    child(path, 'clusterNames'),
  );
  if (names) out.clusterNames = names;
  const exclude = optionalStringArray(obj.exclude, child(path, 'exclude'));
  if (exclude) out.exclude = exclude;
  return out;
}

/**
 * Validates a ClusterAffinity (`placement.clusterAffinity`, a static weight
 * rule's `targetCluster`). Throws a KarmadaInputError naming the field.
 */
export function validateClusterAffinity(
  raw: unknown,
  path: Path,
  extraFields: string[] = [],
  webhookRules = true,
): ClusterAffinity {
  const obj = optionalObject(raw, path) ?? fail(path, 'must be an object');
  rejectUnknownFields(obj, [...AFFINITY_FIELDS, ...extraFields], path);
  return affinityFields(obj, path, webhookRules);
}

/** `emptyClusterAffinity`: no selector, no names, no exclusions. */
export function isEmptyAffinity(affinity: ClusterAffinity): boolean {
  return (
    !affinity.labelSelector &&
    !affinity.fieldSelector &&
    (affinity.clusterNames?.length ?? 0) === 0 &&
    (affinity.exclude?.length ?? 0) === 0
  );
}
