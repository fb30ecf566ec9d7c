import { childPath, FieldError } from '../api/fieldErrors';
import { fieldSchema, StructuralSchema } from './StructuralSchema';

/**
 * The JSON type name of a value as the OpenAPI validator reports it.
 *
 * @public
 */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(schema: StructuralSchema, value: unknown): boolean {
  if (schema['x-kubernetes-int-or-string']) {
    return (
      typeof value === 'string' ||
      (typeof value === 'number' && Number.isInteger(value))
    );
  }
  const actual = jsonTypeName(value);
  switch (schema.type) {
    case undefined:
      return true;
    case 'number':
      return actual === 'number' || actual === 'integer';
    default:
      return actual === schema.type;
  }
}

function validateScalar(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  errors: FieldError[],
): void {
  if (schema.enum && !schema.enum.some(e => e === value)) {
    errors.push({
      type: 'NotSupported',
      field: path,
      value,
      supported: schema.enum.map(String),
    });
    return;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      errors.push({
        type: 'Invalid',
        field: path,
        value,
        detail: `${path} in body should be greater than or equal to ${schema.minimum}`,
      });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      errors.push({
        type: 'Invalid',
        field: path,
        value,
        detail: `${path} in body should be less than or equal to ${schema.maximum}`,
      });
    }
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      errors.push({ type: 'TooLong', field: path, max: schema.maxLength });
    }
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      errors.push({
        type: 'Invalid',
        field: path,
        value,
        detail: `${path} in body should be at least ${schema.minLength} chars long`,
      });
    }
    if (
      schema.pattern !== undefined &&
      !new RegExp(schema.pattern, 'u').test(value)
    ) {
      errors.push({
        type: 'Invalid',
        field: path,
        value,
        detail: `${path} in body should match '${schema.pattern}'`,
      });
    }
  }
}

function validateNode(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  errors: FieldError[],
): void {
  if (value === null && schema.nullable) return;
  if (!typeMatches(schema, value)) {
    const actual = jsonTypeName(value);
    errors.push({
      type: 'Invalid',
      field: path,
      value: actual,
      detail: `${path} in body must be of type ${
        schema.type ?? 'object'
      }: "${actual}"`,
    });
    return;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push({
        type: 'Invalid',
        field: path,
        value: value.length,
        detail: `${path} in body should have at least ${schema.minItems} items`,
      });
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      errors.push({
        type: 'TooMany',
        field: path,
        count: value.length,
        max: schema.maxItems,
      });
    }
    if (schema.items) {
      value.forEach((item, i) =>
        validateNode(
          item,
          schema.items as StructuralSchema,
          childPath(path, i),
          errors,
        ),
      );
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (record[name] === undefined) {
        errors.push({ type: 'Required', field: childPath(path, name) });
      }
    }
    for (const [name, child] of Object.entries(record)) {
      const sub = fieldSchema(schema, name);
      if (sub && child !== undefined)
        validateNode(child, sub, childPath(path, name), errors);
    }
    return;
  }
  validateScalar(value, schema, path, errors);
}

/**
 * Validates a value against a structural schema the way the API server
 * validates custom resources, with the server's messages. `path` is the
 * field path of `value` (empty for a whole object).
 *
 * @public
 */
export function validateSchema(
  value: unknown,
  schema: StructuralSchema,
  path = '',
): FieldError[] {
  const errors: FieldError[] = [];
  validateNode(value, schema, path, errors);
  return errors;
}
