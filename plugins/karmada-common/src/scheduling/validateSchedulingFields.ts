// Validation of a placement's tolerations, spread constraints and replica
// scheduling: the CRD's types and enums, and Karmada's webhook rules
// (pkg/util/validation: ValidateSpreadConstraint, validateClusterTolerations),
// checked on the defaulted constraints as the webhook sees them.
import type {
  ReplicaSchedulingStrategy,
  SpreadConstraint,
  StaticClusterWeight,
  Toleration,
} from '../types';
import {
  Path,
  child,
  fail,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  rejectUnknownFields,
} from './wire';
import { validateClusterAffinity } from './validateAffinity';
import { applyPlacementDefaults } from './defaults';

/** A string from a fixed set (empty allowed), or undefined when absent. */
export function oneOf(
  value: unknown,
  allowed: string[],
  path: Path,
): string | undefined {
  const s = optionalString(value, path);
  if (s === undefined || s === '') return s;
  if (!allowed.includes(s)) fail(path, `must be one of ${allowed.join(', ')}`);
  return s;
}

/** `placement.clusterTolerations`. */
export function validateTolerations(
  raw: unknown,
  path: Path,
): Toleration[] | undefined {
  return optionalArray(raw, path)?.map((t, i) => {
    const p = child(path, i);
    const obj = optionalObject(t, p) ?? fail(p, 'must be an object');
    rejectUnknownFields(
      obj,
      ['key', 'operator', 'value', 'effect', 'tolerationSeconds'],
      p,
    );
    const out: Toleration = {};
    for (const field of ['key', 'operator', 'value', 'effect'] as const) {
      const v = optionalString(obj[field], child(p, field));
      if (v !== undefined) out[field] = v;
    }
    if (out.operator === 'Lt' || out.operator === 'Gt') {
      fail(
        child(p, 'operator'),
        `Unsupported value: "${out.operator}": supported values: "", "Exists", "Equal"`,
      );
    }
    const seconds = optionalInteger(
      obj.tolerationSeconds,
      child(p, 'tolerationSeconds'),
    );
    if (seconds !== undefined) out.tolerationSeconds = seconds;
    return out;
  });
}

/** `placement.spreadConstraints`, with the webhook's rules. */
export function validateSpreadConstraints(
  raw: unknown,
  path: Path,
): SpreadConstraint[] | undefined {
  const list = optionalArray(raw, path)?.map((c, i) => {
    const p = child(path, i);
    const obj = optionalObject(c, p) ?? fail(p, 'must be an object');
    rejectUnknownFields(
      obj,
      ['spreadByField', 'spreadByLabel', 'maxGroups', 'minGroups'],
      p,
    );
    const out: SpreadConstraint = {};
    const field = oneOf(
      obj.spreadByField,
      ['cluster', 'region', 'zone', 'provider'],
      child(p, 'spreadByField'),
    );
    if (field) out.spreadByField = field;
    const label = optionalString(obj.spreadByLabel, child(p, 'spreadByLabel'));
    if (label) out.spreadByLabel = label;
    const max = optionalInteger(
      obj.maxGroups,
      child(p, 'maxGroups'),
      -2147483648,
      2147483647,
    );
    const min = optionalInteger(
      obj.minGroups,
      child(p, 'minGroups'),
      -2147483648,
      2147483647,
    );
    if (max !== undefined) out.maxGroups = max;
    if (min !== undefined) out.minGroups = min;
    return out;
  });
  if (!list) return undefined;
  // The webhook's rules, on the defaulted constraints.
  const defaulted =
    applyPlacementDefaults({ spreadConstraints: list }).spreadConstraints ?? [];
  const seen = new Set<string>();
  defaulted.forEach((c, i) => {
    const p = child(path, i);
    if (c.spreadByField && c.spreadByLabel)
      fail(p, 'spreadByLabel should not co-exist with spreadByField');
    if ((c.minGroups ?? 0) < 0)
      fail(child(p, 'minGroups'), 'minGroups lower than 0 is not allowed');
    if ((c.maxGroups ?? 0) < 0)
      fail(child(p, 'maxGroups'), 'maxGroups lower than 0 is not allowed');
    if ((c.maxGroups ?? 0) > 0 && (c.maxGroups ?? 0) < (c.minGroups ?? 0)) {
      fail(
        child(p, 'maxGroups'),
        'maxGroups lower than minGroups is not allowed',
      );
    }
    if (c.spreadByField) {
      if (seen.has(c.spreadByField))
        fail(
          path,
          `multiple ${c.spreadByField} spread constraints are not allowed`,
        );
      seen.add(c.spreadByField);
    }
  });
  if (seen.size > 0 && !seen.has('cluster')) {
    fail(
      path,
      'the cluster spread constraint must be enabled in one of the constraints in case of SpreadByField is enabled',
    );
  }
  return list;
}

/** `placement.replicaScheduling`. */
export function validateReplicaScheduling(
  raw: unknown,
  path: Path,
): ReplicaSchedulingStrategy | undefined {
  const obj = optionalObject(raw, path);
  if (!obj) return undefined;
  rejectUnknownFields(
    obj,
    ['replicaSchedulingType', 'replicaDivisionPreference', 'weightPreference'],
    path,
  );
  const out: ReplicaSchedulingStrategy = {};
  const type = oneOf(
    obj.replicaSchedulingType,
    ['Duplicated', 'Divided'],
    child(path, 'replicaSchedulingType'),
  );
  if (type) out.replicaSchedulingType = type;
  const pref = oneOf(
    obj.replicaDivisionPreference,
    ['Aggregated', 'Weighted'],
    child(path, 'replicaDivisionPreference'),
  );
  if (pref) out.replicaDivisionPreference = pref;
  const wpPath = child(path, 'weightPreference');
  const wp = optionalObject(obj.weightPreference, wpPath);
  if (wp) {
    rejectUnknownFields(wp, ['staticWeightList', 'dynamicWeight'], wpPath);
    out.weightPreference = {};
    const dynamic = oneOf(
      wp.dynamicWeight,
      ['AvailableReplicas'],
      child(wpPath, 'dynamicWeight'),
    );
    if (dynamic) out.weightPreference.dynamicWeight = dynamic;
    const listPath = child(wpPath, 'staticWeightList');
    const list = optionalArray(wp.staticWeightList, listPath);
    if (list) {
      out.weightPreference.staticWeightList = list.map(
        (r, i): StaticClusterWeight => {
          const p = child(listPath, i);
          const rule = optionalObject(r, p) ?? fail(p, 'must be an object');
          rejectUnknownFields(rule, ['targetCluster', 'weight'], p);
          if (rule.targetCluster === undefined || rule.targetCluster === null)
            fail(child(p, 'targetCluster'), 'required value');
          const weight = optionalInteger(rule.weight, child(p, 'weight'), 1);
          if (weight === undefined) fail(child(p, 'weight'), 'required value');
          return {
            targetCluster: validateClusterAffinity(
              rule.targetCluster,
              child(p, 'targetCluster'),
              [],
              false,
            ),
            weight,
          };
        },
      );
    }
  }
  return out;
}
