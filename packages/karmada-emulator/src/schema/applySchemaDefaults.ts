import { StructuralSchema } from './StructuralSchema';

function defaultNode(value: unknown, schema: StructuralSchema): void {
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items) value.forEach(item => defaultNode(item, items));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    if (record[name] === undefined && sub.default !== undefined) {
      record[name] = structuredClone(sub.default);
    }
  }
  for (const [name, child] of Object.entries(record)) {
    const sub =
      schema.properties?.[name] ??
      (typeof schema.additionalProperties === 'object'
        ? schema.additionalProperties
        : undefined);
    if (sub) defaultNode(child, sub);
  }
}

/**
 * Fills absent fields that declare a `default` (in place), as the API
 * server's structural defaulting does: only inside objects that exist, so a
 * default below an absent parent is not materialised.
 *
 * @public
 */
export function applySchemaDefaults(
  value: unknown,
  schema: StructuralSchema,
): void {
  defaultNode(value, schema);
}
