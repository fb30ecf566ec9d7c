import { compareStrings } from '../util/compareStrings';
import { FieldsV1, fieldsOf, fromFieldsV1, toFieldsV1 } from './fieldsV1';

/**
 * `metav1.ManagedFieldsEntry` on the wire.
 *
 * @public
 */
export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: FieldsV1;
  subresource?: string;
}

/**
 * One manager's ownership, decoded.
 *
 * @public
 */
export interface ManagerFields {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  subresource?: string;
  fields: Set<string>;
  /** The stored FieldsV1 tree the fields were decoded from, reused when they did not change. */
  source?: FieldsV1;
}

/**
 * Whether two entries belong to the same manager identity: appliers are
 * one identity whatever apiVersion they apply, updaters one per apiVersion.
 *
 * @public
 */
export function sameManager(
  a: Omit<ManagerFields, 'fields'>,
  b: Omit<ManagerFields, 'fields'>,
): boolean {
  if (a.manager !== b.manager || a.operation !== b.operation) return false;
  if ((a.subresource ?? '') !== (b.subresource ?? '')) return false;
  return a.operation === 'Apply' || a.apiVersion === b.apiVersion;
}

/**
 * Decodes `metadata.managedFields` (entries it cannot read are dropped).
 *
 * @public
 */
export function decodeManagedFields(entries: unknown): ManagerFields[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap(raw => {
    const e = raw as Partial<ManagedFieldsEntry>;
    if (
      !e ||
      typeof e.manager !== 'string' ||
      (e.operation !== 'Apply' && e.operation !== 'Update')
    )
      return [];
    return [
      {
        manager: e.manager,
        operation: e.operation,
        apiVersion: e.apiVersion ?? '',
        time: e.time,
        subresource: e.subresource,
        fields: fromFieldsV1(e.fieldsV1),
        // Only stored (frozen) trees, which encoding produced, are reused as they are.
        source:
          e.fieldsV1 && Object.isFrozen(e.fieldsV1) ? e.fieldsV1 : undefined,
      },
    ];
  });
}

/** Whether a manager still owns exactly what its source tree says (building the tree again is most of encoding). */
function unchanged(m: ManagerFields): boolean {
  if (!m.source) return false;
  const before = fieldsOf(m.source);
  if (before.size !== m.fields.size) return false;
  for (const p of m.fields) if (!before.has(p)) return false;
  return true;
}

/**
 * Encodes ownership back to `metadata.managedFields`, dropping managers
 * that own nothing, in the API server's order (operation, time, manager,
 * apiVersion).
 *
 * @public
 */
export function encodeManagedFields(
  managers: ManagerFields[],
): ManagedFieldsEntry[] {
  return managers
    .filter(m => m.fields.size > 0)
    .sort((p, q) => {
      if (p.operation !== q.operation)
        return p.operation < q.operation ? -1 : 1;
      const pt = p.time ? Date.parse(p.time) : 0;
      const qt = q.time ? Date.parse(q.time) : 0;
      if (pt !== qt) return pt - qt;
      return (
        compareStrings(p.manager, q.manager) ||
        compareStrings(p.apiVersion, q.apiVersion)
      );
    })
    .map(m => ({
      manager: m.manager,
      operation: m.operation,
      apiVersion: m.apiVersion,
      ...(m.time ? { time: m.time } : {}),
      fieldsType: 'FieldsV1' as const,
      fieldsV1: unchanged(m) ? (m.source as FieldsV1) : toFieldsV1(m.fields),
      ...(m.subresource ? { subresource: m.subresource } : {}),
    }));
}

/**
 * A managedFields timestamp: RFC 3339 with second precision, as metav1.Time.
 *
 * @public
 */
export function managedFieldsTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
