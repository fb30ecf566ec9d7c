/**
 * The subset of an OpenAPI v3 structural schema (as CRDs carry it) the
 * emulator understands: enough to validate, default and prune objects the
 * way the API server does, and to know list and map semantics for
 * server-side apply.
 *
 * @public
 */
export interface StructuralSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, StructuralSchema>;
  additionalProperties?: StructuralSchema | boolean;
  items?: StructuralSchema;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  default?: unknown;
  nullable?: boolean;
  anyOf?: StructuralSchema[];
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
}

/**
 * A schema that accepts anything and keeps it (deduced semantics for SSA:
 * objects granular, lists atomic).
 *
 * @public
 */
export const PRESERVE_UNKNOWN: StructuralSchema = {
  'x-kubernetes-preserve-unknown-fields': true,
};

/**
 * The schema of one field of an object schema, or of a map value; undefined
 * when the field is unknown (and the schema does not preserve unknown fields).
 *
 * @public
 */
export function fieldSchema(
  schema: StructuralSchema | undefined,
  name: string,
): StructuralSchema | undefined {
  if (!schema) return undefined;
  const declared = schema.properties?.[name];
  if (declared) return declared;
  if (typeof schema.additionalProperties === 'object')
    return schema.additionalProperties;
  if (
    schema.additionalProperties === true ||
    schema['x-kubernetes-preserve-unknown-fields']
  ) {
    return PRESERVE_UNKNOWN;
  }
  return undefined;
}

/**
 * Whether a schema describes a map keyed by arbitrary strings (labels,
 * resource lists) rather than a struct with declared fields.
 *
 * @public
 */
export function isMapSchema(schema: StructuralSchema | undefined): boolean {
  return Boolean(
    schema &&
      !schema.properties &&
      typeof schema.additionalProperties === 'object',
  );
}
