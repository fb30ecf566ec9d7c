import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { StatusCause } from '../api/ApiError';
import { applyConflict } from '../api/statusErrors';
import { StructuralSchema } from '../schema/StructuralSchema';
import { collectFields } from './collectFields';
import { decodePath, formatPath } from './fieldPath';
import {
  decodeManagedFields,
  encodeManagedFields,
  ManagerFields,
  sameManager,
} from './managedFields';
import { mergeApplied } from './mergeApplied';
import { locate, valueAt } from './navigate';
import { removePaths } from './removePath';
import { jsonEqual } from './schemaWalk';

/**
 * What a server-side apply needs.
 *
 * @public
 */
export interface ApplyRequest {
  /** The current object, or undefined when the apply creates it. */
  live: KubernetesObject | undefined;
  /** The applied configuration (unknown fields already dropped). */
  config: KubernetesObject;
  manager: string;
  force: boolean;
  schema: StructuralSchema;
  statusSubresource: boolean;
  /** The managedFields timestamp to record. */
  now: string;
}

/** How the server names a manager in conflicts (`printManager`). */
function describeManager(m: ManagerFields): string {
  let text = JSON.stringify(m.manager);
  if (m.subresource)
    text += ` with subresource ${JSON.stringify(m.subresource)}`;
  if (m.operation === 'Update') text += ` using ${m.apiVersion}`;
  return text;
}

function conflictMessage(
  conflicts: Array<{ owner: ManagerFields; path: string }>,
): string {
  if (conflicts.length === 1) {
    const [c] = conflicts;
    return `Apply failed with 1 conflict: conflict with ${describeManager(
      c.owner,
    )}: ${c.path}`;
  }
  const byManager = new Map<string, string[]>();
  for (const c of conflicts) {
    const name = describeManager(c.owner);
    byManager.set(name, [...(byManager.get(name) ?? []), c.path]);
  }
  const lines: string[] = [];
  for (const name of [...byManager.keys()].sort()) {
    lines.push(`conflicts with ${name}:`);
    for (const path of byManager.get(name) ?? []) lines.push(`- ${path}`);
  }
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
}

/**
 * Server-side apply (structured-merge-diff in miniature): merges the
 * configuration into the live object, fails with a 409 naming manager and
 * field when it would change a value another manager owns (unless forced,
 * which takes the field over), removes fields this manager applied before
 * and no longer does (when nobody else owns them), and records ownership in
 * `metadata.managedFields`. Returns the new object; the caller defaults,
 * validates and stores it.
 *
 * @public
 */
export function serverSideApply(request: ApplyRequest): KubernetesObject {
  const { live, config, manager, schema } = request;
  const options = { statusSubresource: request.statusSubresource };
  const managers = decodeManagedFields(live?.metadata?.managedFields);
  const identity = {
    manager,
    operation: 'Apply' as const,
    apiVersion: config.apiVersion ?? '',
  };
  const applied = collectFields(
    config as Record<string, unknown>,
    schema,
    options,
  );
  const liveBody = structuredClone(live ?? {}) as Record<string, unknown>;
  const merged = mergeApplied(liveBody, config, schema) as Record<
    string,
    unknown
  >;

  const others = managers.filter(m => !sameManager(m, identity));
  const conflicts: Array<{
    owner: ManagerFields;
    path: string;
    encoded: string;
  }> = [];
  for (const owner of others) {
    for (const encoded of owner.fields) {
      if (!applied.has(encoded)) continue;
      const path = decodePath(encoded);
      // Items of keyed lists and sets conflict through their fields, not as items.
      if (!path[path.length - 1].startsWith('f:')) continue;
      if (
        !jsonEqual(
          valueAt(liveBody, path, schema),
          valueAt(merged, path, schema),
        )
      ) {
        conflicts.push({ owner, path: formatPath(path), encoded });
      }
    }
  }
  if (conflicts.length && !request.force) {
    const causes: StatusCause[] = conflicts.map(c => ({
      reason: 'FieldManagerConflict',
      message: `conflict with ${describeManager(c.owner)}`,
      field: c.path,
    }));
    throw applyConflict(conflictMessage(conflicts), causes);
  }
  for (const c of conflicts) c.owner.fields.delete(c.encoded);

  const previous =
    managers.find(m => sameManager(m, identity))?.fields ?? new Set<string>();
  const ownedByOthers = (encoded: string) =>
    others.some(m =>
      [...m.fields].some(f => f === encoded || f.startsWith(`${encoded}\n`)),
    );
  const dropped = [...previous].filter(
    p => !applied.has(p) && !ownedByOthers(p),
  );
  removePaths(merged, dropped, schema, p => applied.has(p) || ownedByOthers(p));

  const next: ManagerFields[] = [
    ...others.map(m => ({
      ...m,
      fields: new Set(
        [...m.fields].filter(p => locate(merged, decodePath(p), schema)),
      ),
    })),
    { ...identity, time: request.now, fields: applied },
  ];
  const metadata = { ...(merged.metadata ?? {}) } as Record<string, unknown>;
  const managedFields = encodeManagedFields(next);
  if (managedFields.length) metadata.managedFields = managedFields;
  else delete metadata.managedFields;
  merged.metadata = metadata;
  return merged as KubernetesObject;
}
