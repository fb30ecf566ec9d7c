import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ManagedFieldsEntry, managedFieldsTime } from '../ssa/managedFields';
import { jsonEqual } from '../ssa/schemaWalk';
import { trackUpdate } from '../ssa/trackUpdate';
import { ResourceType } from './ResourceType';
import { badRequest, conflict, OPTIMISTIC_LOCK_MESSAGE } from './statusErrors';
import { updateManager, WriteOptions } from './WriteOptions';

// The small rules every write shares: where an object lives, which
// preconditions hold, how ownership is recorded, and when a write is a no-op.

/**
 * Preconditions of a delete (`DeleteOptions.preconditions`).
 *
 * @public
 */
export interface DeletePreconditions {
  uid?: string;
  resourceVersion?: string;
}

/**
 * Puts a namespaced object in the namespace of the URL; a different one in
 * the body is a 400.
 *
 * @public
 */
export function placeInNamespace(
  type: ResourceType,
  object: KubernetesObject,
  namespace: string | undefined,
): void {
  if (!type.namespaced) return;
  const declared = object.metadata?.namespace;
  if (declared && namespace && declared !== namespace) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
  object.metadata = { ...object.metadata, namespace: declared || namespace };
}

/**
 * Optimistic concurrency: a resourceVersion in the body must be the current one.
 *
 * @public
 */
export function checkResourceVersion(
  type: ResourceType,
  object: KubernetesObject,
  old: KubernetesObject,
): void {
  const wanted = object.metadata?.resourceVersion;
  if (wanted && wanted !== old.metadata?.resourceVersion) {
    throw conflict(type, old.metadata?.name ?? '', OPTIMISTIC_LOCK_MESSAGE);
  }
}

/**
 * The uid and resourceVersion preconditions of a delete.
 *
 * @public
 */
export function checkDeletePreconditions(
  type: ResourceType,
  old: KubernetesObject,
  preconditions?: DeletePreconditions,
): void {
  const name = old.metadata?.name ?? '';
  if (preconditions?.uid && preconditions.uid !== old.metadata?.uid) {
    throw conflict(
      type,
      name,
      `Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${old.metadata?.uid}`,
    );
  }
  const version = preconditions?.resourceVersion;
  if (version && version !== old.metadata?.resourceVersion) {
    throw conflict(
      type,
      name,
      `Precondition failed: ResourceVersion in precondition: ${version}, ResourceVersion in object meta: ${old.metadata?.resourceVersion}`,
    );
  }
}

function setManagedFields(
  object: KubernetesObject,
  entries: ManagedFieldsEntry[],
): void {
  const metadata = { ...object.metadata };
  if (entries.length) metadata.managedFields = entries;
  else delete metadata.managedFields; // the server writes none rather than an empty list
  object.metadata = metadata;
}

/**
 * Records a non-apply write in managedFields (Update operation of the
 * request's manager).
 *
 * @public
 */
export function recordUpdate(
  type: ResourceType,
  old: KubernetesObject | undefined,
  object: KubernetesObject,
  options: WriteOptions,
  now: Date,
): void {
  setManagedFields(
    object,
    trackUpdate({
      old,
      updated: object,
      manager: updateManager(options),
      apiVersion: type.apiVersion,
      schema: type.schema,
      statusSubresource: type.strategy.statusSubresource,
      now: managedFieldsTime(now),
    }),
  );
}

/** Two managedFields lists, ignoring each entry's `time` (a no-op re-stamps it). */
function sameManagedFields(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return jsonEqual(a, b);
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const { time: _a, ...x } = (entry ?? {}) as Record<string, unknown>;
      const { time: _b, ...y } = (b[i] ?? {}) as Record<string, unknown>;
      return jsonEqual(x, y);
    })
  );
}

/**
 * Whether a write changes nothing but what a no-op may differ in (the
 * resourceVersion and managedFields timestamps), so that it is not stored.
 * Compares in place: this runs on every write, and copying both objects
 * to strip those fields cost more than the comparison.
 *
 * @public
 */
export function sameContent(a: KubernetesObject, b: KubernetesObject): boolean {
  const { metadata: metaA, ...restA } = a;
  const { metadata: metaB, ...restB } = b;
  if (!jsonEqual(restA, restB)) return false;
  const {
    resourceVersion: _ra,
    managedFields: fieldsA,
    ...otherA
  } = metaA ?? {};
  const {
    resourceVersion: _rb,
    managedFields: fieldsB,
    ...otherB
  } = metaB ?? {};
  return jsonEqual(otherA, otherB) && sameManagedFields(fieldsA, fieldsB);
}
