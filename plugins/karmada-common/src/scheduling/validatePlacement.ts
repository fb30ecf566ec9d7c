// Validation of a Placement from untrusted input: the PropagationPolicy
// CRD's schema (types, enums, required fields) and Karmada's admission
// webhook (pkg/util/validation: ValidatePlacement), which sees the placement
// after the mutating webhook's defaults. A placement Karmada would reject
// cannot be scheduled, so it is an input error here too.
import type {
  ClusterAffinityTerm,
  OverflowClusterAffinity,
  Placement,
  ReplicaSchedulingStrategy,
  SpreadConstraint,
  StaticClusterWeight,
  Toleration,
} from '../types';
import { labelKeyError } from '../selectors';
import {
  child,
  fail,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  Path,
  rejectUnknownFields,
} from './wire';
import {
  affinityFields,
  isEmptyAffinity,
  validateClusterAffinity,
} from './validateAffinity';
import { applyPlacementDefaults } from './defaults';

function oneOf(
  value: unknown,
  allowed: string[],
  path: Path,
): string | undefined {
  const s = optionalString(value, path);
  if (s === undefined || s === '') return s;
  if (!allowed.includes(s)) fail(path, `must be one of ${allowed.join(', ')}`);
  return s;
}

function tolerations(raw: unknown, path: Path): Toleration[] | undefined {
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

function spreadConstraints(
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

function replicaScheduling(
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

function affinityName(raw: unknown, path: Path): string {
  const name = optionalString(raw, path);
  if (name === undefined) fail(path, 'required value');
  const keyError = labelKeyError(name);
  if (keyError) fail(path, keyError);
  return name;
}

function affinityTerms(
  raw: unknown,
  path: Path,
  allowOverflow: boolean,
): ClusterAffinityTerm[] | undefined {
  const names = new Set<string>();
  return optionalArray(raw, path)?.map((t, i) => {
    const p = child(path, i);
    const obj = optionalObject(t, p) ?? fail(p, 'must be an object');
    rejectUnknownFields(
      obj,
      [
        'affinityName',
        'labelSelector',
        'fieldSelector',
        'clusterNames',
        'exclude',
        'overflowAffinities',
      ],
      p,
    );
    const name = affinityName(obj.affinityName, child(p, 'affinityName'));
    if (names.has(name))
      fail(path, 'each affinity term in a policy must have a unique name');
    names.add(name);
    const term: ClusterAffinityTerm = {
      affinityName: name,
      ...affinityFields(obj, p),
    };
    const overflowPath = child(p, 'overflowAffinities');
    const overflow = optionalArray(obj.overflowAffinities, overflowPath);
    if (overflow) {
      if (!allowOverflow) {
        fail(
          overflowPath,
          'overflowAffinities can only be used together with dynamic weight or aggregated scheduling',
        );
      }
      if (isEmptyAffinity(term))
        fail(
          overflowPath,
          'overflowAffinities can only be used together with the inline ClusterAffinity',
        );
      const used = new Set([name]);
      term.overflowAffinities = overflow.map(
        (o, j): OverflowClusterAffinity => {
          const op = child(overflowPath, j);
          const oObj = optionalObject(o, op) ?? fail(op, 'must be an object');
          const oName = affinityName(
            oObj.affinityName,
            child(op, 'affinityName'),
          );
          if (used.has(oName)) {
            fail(
              child(op, 'affinityName'),
              "overflow affinity name must be unique and must not duplicate the primary group's affinityName",
            );
          }
          used.add(oName);
          return {
            affinityName: oName,
            ...validateClusterAffinity(oObj, op, ['affinityName']),
          };
        },
      );
    }
    return term;
  });
}

/**
 * Validates a placement (`spec.placement` of a PropagationPolicy) and
 * returns a clean copy. Throws a KarmadaInputError naming the field, e.g.
 * `placement.replicaScheduling.replicaSchedulingType: must be one of Duplicated, Divided`.
 *
 * @public
 */
export function validatePlacement(
  raw: unknown,
  path: Path = 'placement',
): Placement {
  const obj = optionalObject(raw, path);
  if (!obj) return {};
  // workloadAffinity is part of the API but off by default (feature gate): accepted, ignored.
  rejectUnknownFields(
    obj,
    [
      'clusterAffinity',
      'clusterAffinities',
      'clusterTolerations',
      'spreadConstraints',
      'replicaScheduling',
      'workloadAffinity',
    ],
    path,
  );
  const out: Placement = {};
  const rs = replicaScheduling(
    obj.replicaScheduling,
    child(path, 'replicaScheduling'),
  );
  if (rs) out.replicaScheduling = rs;
  const defaulted = applyPlacementDefaults(out).replicaScheduling;
  const allowOverflow =
    defaulted?.replicaSchedulingType === 'Divided' &&
    (defaulted.replicaDivisionPreference === 'Aggregated' ||
      (defaulted.replicaDivisionPreference === 'Weighted' &&
        !!defaulted.weightPreference?.dynamicWeight));
  const hasAffinity =
    obj.clusterAffinity !== undefined && obj.clusterAffinity !== null;
  const hasAffinities =
    obj.clusterAffinities !== undefined && obj.clusterAffinities !== null;
  if (hasAffinity && hasAffinities)
    fail(path, 'clusterAffinities cannot co-exist with clusterAffinity');
  if (hasAffinity)
    out.clusterAffinity = validateClusterAffinity(
      obj.clusterAffinity,
      child(path, 'clusterAffinity'),
    );
  const terms = affinityTerms(
    obj.clusterAffinities,
    child(path, 'clusterAffinities'),
    allowOverflow,
  );
  if (terms) out.clusterAffinities = terms;
  const tols = tolerations(
    obj.clusterTolerations,
    child(path, 'clusterTolerations'),
  );
  if (tols) out.clusterTolerations = tols;
  const spread = spreadConstraints(
    obj.spreadConstraints,
    child(path, 'spreadConstraints'),
  );
  if (spread) out.spreadConstraints = spread;
  return out;
}
