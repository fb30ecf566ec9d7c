import { FIELD_MANAGER } from '@karmada-backstage/plugin-karmada-common';
import { ApiObject } from '../../karmada/types';

type ManagedFieldsEntry = {
  manager?: string;
  operation?: string;
  subresource?: string;
  fieldsV1?: unknown;
};

// fieldsV1 keys: `f:<field>`, `k:<list key json>`, `v:<set value>`, `i:<index>`, `.` (the node itself).
function collectOwned(node: unknown, prefix: string, out: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
    // `.` marks touching the node itself (a map or list); conflicts are
    // about leaf values, so it does not count.
    if (key === '.') continue;
    const seg = key.startsWith('f:') ? key.slice(2) : '*';
    const path = prefix ? `${prefix}.${seg}` : seg;
    if (!child || typeof child !== 'object' || Object.keys(child).length === 0)
      out.add(path);
    else collectOwned(child, path, out);
  }
}

function collectSet(value: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach(v => collectSet(v, prefix ? `${prefix}.*` : '*', out));
    if (value.length === 0) out.add(prefix);
    return;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.add(prefix);
    for (const [k, v] of entries)
      collectSet(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.add(prefix);
}

/**
 * Whether applying `desired` over `existing` might conflict with another
 * field manager: true when a manager other than ours (status writers
 * excluded) owns a field the apply sets. List entries are compared loosely
 * (any entry matches any), so this over-approximates; it only decides
 * whether a dry-run pre-flight is worth one extra request, so a conflict is
 * found before anything is written.
 *
 * @public
 */
export function mayConflict(
  existing: ApiObject | undefined,
  desired: ApiObject,
): boolean {
  const entries = (existing?.metadata?.managedFields ??
    []) as ManagedFieldsEntry[];
  const foreign = entries.filter(
    m => m.manager !== FIELD_MANAGER && m.subresource !== 'status',
  );
  if (!foreign.length) return false;
  const ours = new Set<string>();
  const {
    apiVersion: _a,
    kind: _k,
    status: _s,
    ...rest
  } = desired as Record<string, unknown>;
  collectSet(rest, '', ours);
  for (const m of foreign) {
    const owned = new Set<string>();
    collectOwned(m.fieldsV1, '', owned);
    for (const path of owned) {
      if (ours.has(path)) return true;
      // A set field whose children we set (or the other way round).
      for (const o of ours)
        if (o.startsWith(`${path}.`) || path.startsWith(`${o}.`)) return true;
    }
  }
  return false;
}
