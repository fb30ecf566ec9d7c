import { FIELD_MANAGER } from '@karmada-backstage/plugin-karmada-common';
import { ApiObject } from '../../karmada/types';

type Entry = {
  manager?: string;
  operation?: string;
  time?: string;
  fieldsV1?: unknown;
};

function ours(o: ApiObject | undefined): Entry | undefined {
  return ((o?.metadata?.managedFields ?? []) as Entry[]).find(
    m => m.manager === FIELD_MANAGER && m.operation === 'Apply',
  );
}

/**
 * Whether a server-side apply left the object as it was. The resourceVersion
 * alone cannot tell: controllers (Karmada's status aggregation, its policy
 * labels) move it between our applies. A no-op apply leaves our
 * managedFields entry untouched, and spec changes move `generation`; the
 * labels and annotations we set are compared directly. Works for dry runs
 * too, which never move the resourceVersion.
 *
 * @public
 */
export function isUnchanged(
  existing: ApiObject | undefined,
  returned: ApiObject,
  applied: ApiObject,
): boolean {
  if (!existing) return false;
  const before = existing.metadata ?? {};
  const after = returned.metadata ?? {};
  if (
    before.resourceVersion &&
    before.resourceVersion === after.resourceVersion
  )
    return true;
  const a = ours(existing);
  const b = ours(returned);
  if (
    !a ||
    !b ||
    a.time !== b.time ||
    JSON.stringify(a.fieldsV1) !== JSON.stringify(b.fieldsV1)
  )
    return false;
  if (before.generation !== after.generation) return false;
  for (const key of ['labels', 'annotations'] as const) {
    for (const k of Object.keys(applied.metadata?.[key] ?? {})) {
      if (before[key]?.[k] !== after[key]?.[k]) return false;
    }
  }
  return true;
}
