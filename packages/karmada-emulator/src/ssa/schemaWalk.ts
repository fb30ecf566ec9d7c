import {
  fieldSchema,
  PRESERVE_UNKNOWN,
  StructuralSchema,
} from '../schema/StructuralSchema';
import { keyToken } from './fieldPath';

/**
 * The schema of a field; unknown fields get deduced semantics (objects
 * granular, lists atomic), as structured-merge-diff does.
 *
 * @public
 */
export function childSchema(
  schema: StructuralSchema,
  name: string,
): StructuralSchema {
  return fieldSchema(schema, name) ?? PRESERVE_UNKNOWN;
}

/**
 * How server-side apply merges a list: atomic unless the schema says otherwise.
 *
 * @public
 */
export function listType(schema: StructuralSchema): 'atomic' | 'set' | 'map' {
  const declared = schema['x-kubernetes-list-type'];
  if (declared === 'map' && schema['x-kubernetes-list-map-keys']?.length)
    return 'map';
  if (declared === 'set') return 'set';
  return 'atomic';
}

/**
 * Whether an object is replaced as a whole (e.g. a LabelSelector).
 *
 * @public
 */
export function isAtomicObject(schema: StructuralSchema): boolean {
  return schema['x-kubernetes-map-type'] === 'atomic';
}

/**
 * The key of a keyed list item (missing key fields take their schema
 * default, e.g. a port's protocol TCP); throws when a key field is missing
 * without a default.
 *
 * @public
 */
export function itemKey(
  item: unknown,
  listSchema: StructuralSchema,
): Record<string, unknown> {
  const keys = listSchema['x-kubernetes-list-map-keys'] ?? [];
  const itemSchema = listSchema.items ?? PRESERVE_UNKNOWN;
  const record =
    item !== null && typeof item === 'object'
      ? (item as Record<string, unknown>)
      : {};
  const key: Record<string, unknown> = {};
  for (const name of keys) {
    const value = record[name] ?? itemSchema.properties?.[name]?.default;
    if (value === undefined) {
      throw new Error(
        `associative list with keys has an element that omits key field "${name}" (and doesn't have default value)`,
      );
    }
    key[name] = value;
  }
  return key;
}

/**
 * The FieldsV1 token of a keyed list item.
 *
 * @public
 */
export function itemToken(item: unknown, listSchema: StructuralSchema): string {
  return keyToken(itemKey(item, listSchema));
}

/**
 * The FieldsV1 token of a set item.
 *
 * @public
 */
export function valueToken(item: unknown): string {
  return `v:${JSON.stringify(item)}`;
}

/**
 * Deep equality of JSON values (object key order ignored).
 *
 * @public
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== typeof b ||
    a === null ||
    b === null ||
    typeof a !== 'object'
  )
    return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter(k => ra[k] !== undefined);
  const kb = Object.keys(rb).filter(k => rb[k] !== undefined);
  return ka.length === kb.length && ka.every(k => jsonEqual(ra[k], rb[k]));
}
