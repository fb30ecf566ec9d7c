import { StructuralSchema } from '../schema/StructuralSchema';
import {
  childSchema,
  isAtomicObject,
  itemToken,
  listType,
  valueToken,
} from './schemaWalk';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mergeList(
  live: unknown,
  applied: unknown[],
  schema: StructuralSchema,
): unknown[] {
  const kind = listType(schema);
  if (kind === 'atomic' || !Array.isArray(live))
    return structuredClone(applied);
  const result = structuredClone(live);
  const tokenOf = (item: unknown) =>
    kind === 'set' ? valueToken(item) : itemToken(item, schema);
  for (const item of applied) {
    const token = tokenOf(item);
    const index = result.findIndex(existing => tokenOf(existing) === token);
    if (index < 0) result.push(structuredClone(item));
    else if (kind === 'map')
      result[index] = mergeApplied(result[index], item, schema.items ?? {});
  }
  return result;
}

/**
 * Merges an applied configuration into the live object under the schema's
 * semantics: objects field by field, keyed lists item by key, sets by
 * value, atomic values replaced. Returns a new value; removal of fields the
 * applier dropped is a separate step.
 *
 * @public
 */
export function mergeApplied(
  live: unknown,
  applied: unknown,
  schema: StructuralSchema,
): unknown {
  if (Array.isArray(applied)) return mergeList(live, applied, schema);
  if (!isObject(applied) || isAtomicObject(schema) || !isObject(live))
    return structuredClone(applied);
  const result = structuredClone(live);
  for (const [name, value] of Object.entries(applied)) {
    if (value === undefined) continue;
    result[name] = mergeApplied(result[name], value, childSchema(schema, name));
  }
  return result;
}
