// Strict validation of a preview request from untrusted input (HTTP body,
// stdin): wire types, ranges, quantities and Karmada's own admission rules.
import type { ReplicaRequirements } from '../types';
import { quantityValue } from '../quantity/quantityValue';
import { compareQuantities } from '../quantity/quantityArithmetic';
import type { ScheduleRequest } from './types';
import {
  child,
  fail,
  isObject,
  optionalArray,
  optionalInteger,
  optionalObject,
  optionalString,
  optionalStringMap,
  Path,
  readQuantity,
  rejectUnknownFields,
} from './wire';
import { validatePlacement } from './validatePlacement';

// Largest value whose MilliValue() fits in int64 (resource.MaxMilliValue).
const MAX_MILLI_VALUE = ((1n << 63n) - 1n) / 1000n;

function resourceRequest(
  raw: unknown,
  path: Path,
): Record<string, string | number> | undefined {
  const obj = optionalObject(raw, path);
  if (!obj) return undefined;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(obj)) {
    const p = child(path, name);
    if (name === '') fail(p, 'resource name must be non-empty');
    if (typeof value !== 'string' && typeof value !== 'number')
      fail(p, 'must be a quantity such as "500m", "1Gi" or 2');
    const q = readQuantity(value, p);
    if (quantityValue(q) < 0n || q.unscaled < 0n)
      fail(p, 'must be greater than or equal to 0');
    // Karmada divides by MilliValue(); beyond this it overflows (and can divide by zero).
    if (compareQuantities(q, MAX_MILLI_VALUE.toString()) > 0) {
      fail(
        p,
        `must be at most ${MAX_MILLI_VALUE} (larger values overflow Karmada's int64 arithmetic)`,
      );
    }
    out[name] = value;
  }
  return out;
}

function replicaRequirements(
  raw: unknown,
  path: Path,
): ReplicaRequirements | undefined {
  const obj = optionalObject(raw, path);
  if (!obj) return undefined;
  rejectUnknownFields(
    obj,
    ['resourceRequest', 'nodeClaim', 'namespace', 'priorityClassName'],
    path,
  );
  const out: ReplicaRequirements = {};
  const rr = resourceRequest(
    obj.resourceRequest,
    child(path, 'resourceRequest'),
  );
  if (rr) out.resourceRequest = rr;
  const claimPath = child(path, 'nodeClaim');
  const claim = optionalObject(obj.nodeClaim, claimPath);
  if (claim) {
    rejectUnknownFields(
      claim,
      ['nodeSelector', 'hardNodeAffinity', 'tolerations'],
      claimPath,
    );
    out.nodeClaim = {};
    const selector = optionalStringMap(
      claim.nodeSelector,
      child(claimPath, 'nodeSelector'),
    );
    if (selector) out.nodeClaim.nodeSelector = selector;
    const affinity = optionalObject(
      claim.hardNodeAffinity,
      child(claimPath, 'hardNodeAffinity'),
    );
    if (affinity) out.nodeClaim.hardNodeAffinity = affinity;
    const tolerations = optionalArray(
      claim.tolerations,
      child(claimPath, 'tolerations'),
    );
    if (tolerations) out.nodeClaim.tolerations = tolerations;
  }
  const namespace = optionalString(obj.namespace, child(path, 'namespace'));
  if (namespace) out.namespace = namespace;
  const priority = optionalString(
    obj.priorityClassName,
    child(path, 'priorityClassName'),
  );
  if (priority) out.priorityClassName = priority;
  return out;
}

/**
 * Validates a preview request (`{placement, replicas, replicaRequirements,
 * bindingUID?}`; a `clusters` field is ignored here) and returns a clean
 * copy. Throws a KarmadaInputError whose message names the field path, e.g.
 * `placement.replicaScheduling.replicaSchedulingType: must be one of Duplicated, Divided`
 * or `replicas: must be an integer`.
 *
 * @public
 */
export function validateScheduleRequest(
  input: unknown,
  path = '',
): ScheduleRequest {
  if (!isObject(input)) fail(path, 'must be an object');
  rejectUnknownFields(
    input,
    ['clusters', 'placement', 'replicas', 'replicaRequirements', 'bindingUID'],
    path,
  );
  const replicas = optionalInteger(
    input.replicas,
    child(path, 'replicas'),
    0,
    2147483647,
  );
  if (replicas === undefined) fail(child(path, 'replicas'), 'required value');
  const request: ScheduleRequest = {
    placement: validatePlacement(input.placement, child(path, 'placement')),
    replicas,
  };
  const rr = replicaRequirements(
    input.replicaRequirements,
    child(path, 'replicaRequirements'),
  );
  if (rr) request.replicaRequirements = rr;
  const uid = optionalString(input.bindingUID, child(path, 'bindingUID'));
  if (uid !== undefined) request.bindingUID = uid;
  return request;
}
