import { StructuralSchema } from '../schema/StructuralSchema';
import { encodePath, FieldPath } from './fieldPath';
import {
  childSchema,
  isAtomicObject,
  itemToken,
  listType,
  valueToken,
} from './schemaWalk';

/** Metadata the server manages itself; never owned by a field manager. */
const SYSTEM_METADATA = new Set([
  'name',
  'namespace',
  'creationTimestamp',
  'selfLink',
  'uid',
  'clusterName',
  'generation',
  'managedFields',
  'resourceVersion',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function walk(
  value: unknown,
  schema: StructuralSchema,
  path: FieldPath,
  out: Set<string>,
): void {
  if (Array.isArray(value)) {
    const kind = listType(schema);
    if (kind === 'atomic' || value.length === 0) {
      out.add(encodePath(path));
      return;
    }
    for (const item of value) {
      if (kind === 'set') {
        out.add(encodePath([...path, valueToken(item)]));
        continue;
      }
      const itemPath = [...path, itemToken(item, schema)];
      out.add(encodePath(itemPath));
      walk(item, schema.items ?? {}, itemPath, out);
    }
    return;
  }
  if (
    isObject(value) &&
    !isAtomicObject(schema) &&
    Object.keys(value).length > 0
  ) {
    for (const [name, child] of Object.entries(value)) {
      if (child === undefined) continue;
      walk(child, childSchema(schema, name), [...path, `f:${name}`], out);
    }
    return;
  }
  if (path.length) out.add(encodePath(path));
}

/**
 * The set of fields an object sets, at server-side apply's granularity:
 * leaves, atomic lists and objects whole, keyed list items by key (plus
 * their fields), set items by value. System metadata, apiVersion and kind
 * are left out, and so is status when the kind has a status subresource.
 *
 * @public
 */
export function collectFields(
  object: Record<string, unknown>,
  schema: StructuralSchema,
  options: { statusSubresource: boolean },
): Set<string> {
  const out = new Set<string>();
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined || name === 'apiVersion' || name === 'kind')
      continue;
    if (name === 'status' && options.statusSubresource) continue;
    if (name === 'metadata' && isObject(value)) {
      const metaSchema = childSchema(schema, 'metadata');
      for (const [field, child] of Object.entries(value)) {
        if (SYSTEM_METADATA.has(field) || child === undefined) continue;
        walk(
          child,
          childSchema(metaSchema, field),
          ['f:metadata', `f:${field}`],
          out,
        );
      }
      continue;
    }
    walk(value, childSchema(schema, name), [`f:${name}`], out);
  }
  return out;
}
