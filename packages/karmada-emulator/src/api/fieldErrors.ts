import { compareStrings } from '../util/compareStrings';
import { StatusCause } from './ApiError';

/**
 * One validation failure, as `k8s.io/apimachinery/pkg/util/validation/field.Error`.
 *
 * @public
 */
export type FieldError =
  | { type: 'Required'; field: string; detail?: string }
  | { type: 'Invalid'; field: string; value: unknown; detail?: string }
  | { type: 'NotSupported'; field: string; value: unknown; supported: string[] }
  | { type: 'Duplicate'; field: string; value: unknown }
  | { type: 'Forbidden'; field: string; detail?: string }
  | { type: 'NotFound'; field: string; value: unknown }
  | { type: 'TooLong'; field: string; max: number }
  | { type: 'TooMany'; field: string; count: number; max: number };

const CAUSE_REASONS: Record<FieldError['type'], string> = {
  Required: 'FieldValueRequired',
  Invalid: 'FieldValueInvalid',
  NotSupported: 'FieldValueNotSupported',
  Duplicate: 'FieldValueDuplicate',
  Forbidden: 'FieldValueForbidden',
  NotFound: 'FieldValueNotFound',
  TooLong: 'FieldValueTooLong',
  TooMany: 'FieldValueTooMany',
};

/**
 * Renders a bad value the way `field.Error` does: strings quoted, scalars
 * plain, string lists and maps in Go's `%#v` form (`[]string{"a"}`,
 * `map[string]string{"app":"web"}`, keys sorted), other structures as JSON.
 *
 * @public
 */
export function formatBadValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
    return `[]string{${value.map(v => JSON.stringify(v)).join(', ')}}`;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([, v]) => typeof v === 'string')) {
      const body = entries
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
        .join(', ');
      return `map[string]string{${body}}`;
    }
  }
  return JSON.stringify(value);
}

/**
 * The part of the message after the field path, e.g. `Required value`.
 *
 * @public
 */
export function fieldErrorBody(error: FieldError): string {
  switch (error.type) {
    case 'Required':
      return error.detail
        ? `Required value: ${error.detail}`
        : 'Required value';
    case 'Invalid':
      return `Invalid value: ${formatBadValue(error.value)}${
        error.detail ? `: ${error.detail}` : ''
      }`;
    case 'NotSupported': {
      const supported = error.supported.map(s => JSON.stringify(s)).join(', ');
      return `Unsupported value: ${formatBadValue(error.value)}${
        supported ? `: supported values: ${supported}` : ''
      }`;
    }
    case 'Duplicate':
      return `Duplicate value: ${formatBadValue(error.value)}`;
    case 'Forbidden':
      return error.detail ? `Forbidden: ${error.detail}` : 'Forbidden';
    case 'NotFound':
      return `Not found: ${formatBadValue(error.value)}`;
    case 'TooLong':
      return `Too long: may not be more than ${error.max} bytes`;
    case 'TooMany':
      return `Too many: ${error.count}: must have at most ${error.max} items`;
    default:
      return 'Invalid value';
  }
}

/**
 * `field.Error.Error()`: `<field>: <body>`.
 *
 * @public
 */
export function formatFieldError(error: FieldError): string {
  return `${error.field}: ${fieldErrorBody(error)}`;
}

/**
 * The Status cause the API server reports for a field error.
 *
 * @public
 */
export function fieldErrorCause(error: FieldError): StatusCause {
  return {
    reason: CAUSE_REASONS[error.type],
    message: fieldErrorBody(error),
    field: error.field,
  };
}

/**
 * Appends an index or a key to a field path: `a.b` + 2 → `a.b[2]`, + `c` → `a.b.c`.
 *
 * @public
 */
export function childPath(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  return parent ? `${parent}.${child}` : child;
}
