import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { StructuralSchema } from '../schema/StructuralSchema';
import { collectFields } from './collectFields';
import {
  decodeManagedFields,
  encodeManagedFields,
  ManagedFieldsEntry,
  ManagerFields,
  sameManager,
} from './managedFields';
import { PathNavigator } from './PathNavigator';
import { jsonEqual } from './schemaWalk';

/**
 * What an update (create, PUT, non-apply PATCH) needs to record ownership.
 *
 * @public
 */
export interface UpdateTracking {
  old: KubernetesObject | undefined;
  updated: KubernetesObject;
  manager: string;
  apiVersion: string;
  schema: StructuralSchema;
  statusSubresource: boolean;
  now: string;
  subresource?: string;
}

function lastToken(encoded: string): string {
  return encoded.slice(encoded.lastIndexOf('\n') + 1);
}

/**
 * The managedFields after an update: the fields the update set or changed
 * now belong to its manager (updates never conflict, they take over), and
 * fields that no longer exist belong to nobody.
 *
 * @public
 */
export function trackUpdate(request: UpdateTracking): ManagedFieldsEntry[] {
  const { old, updated, schema } = request;
  const options = {
    statusSubresource: request.statusSubresource && !request.subresource,
  };
  // A client may send managedFields to reset them; otherwise the old ones stand.
  const sent = updated.metadata?.managedFields;
  const managers = decodeManagedFields(
    Array.isArray(sent) ? sent : old?.metadata?.managedFields,
  );
  const before = old
    ? collectFields(old as Record<string, unknown>, schema, options)
    : new Set<string>();
  const after = collectFields(
    updated as Record<string, unknown>,
    schema,
    options,
  );
  const oldFields = new PathNavigator(old, schema);
  const newFields = new PathNavigator(updated, schema);
  const changed = new Set(
    [...after].filter(p => {
      if (!before.has(p)) return true;
      return (
        lastToken(p).startsWith('f:') &&
        !jsonEqual(oldFields.valueAt(p), newFields.valueAt(p))
      );
    }),
  );

  const identity = {
    manager: request.manager,
    operation: 'Update' as const,
    apiVersion: request.apiVersion,
    subresource: request.subresource,
  };
  const next: ManagerFields[] = managers.map(m => ({
    ...m,
    fields: new Set(
      [...m.fields].filter(
        p =>
          (sameManager(m, identity) || !changed.has(p)) &&
          // Fields the update sets exist; only the others need looking up.
          (after.has(p) || newFields.valueAt(p) !== undefined),
      ),
    ),
  }));
  let own = next.find(m => sameManager(m, identity));
  if (!own && changed.size) {
    own = { ...identity, fields: new Set() };
    next.push(own);
  }
  if (own && changed.size) {
    for (const p of changed) own.fields.add(p);
    own.time = request.now;
  }
  return encodeManagedFields(next);
}
