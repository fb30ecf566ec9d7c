// Validation of a Placement from untrusted input: the PropagationPolicy
// CRD's schema (types, enums, required fields) and Karmada's admission
// webhook (pkg/util/validation: ValidatePlacement), which sees the placement
// after the mutating webhook's defaults. A placement Karmada would reject
// cannot be scheduled, so it is an input error here too.
import type {
  ClusterAffinityTerm,
  OverflowClusterAffinity,
  Placement,
} from '../types';
import { labelKeyError } from '../selectors';
import {
  child,
  fail,
  optionalArray,
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
import {
  validateReplicaScheduling,
  validateSpreadConstraints,
  validateTolerations,
} from './validateSchedulingFields';

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
  const rs = validateReplicaScheduling(
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
  const tols = validateTolerations(
    obj.clusterTolerations,
    child(path, 'clusterTolerations'),
  );
  if (tols) out.clusterTolerations = tols;
  const spread = validateSpreadConstraints(
    obj.spreadConstraints,
    child(path, 'spreadConstraints'),
  );
  if (spread) out.spreadConstraints = spread;
  return out;
}
