// Readers for untrusted wire input: each checks one JSON type and throws a
// KarmadaInputError naming the field path, so callers read like a schema.
import { KarmadaInputError } from '../errors';
import type { Quantity } from '../quantity/Quantity';
import { parseQuantityResult } from '../quantity/parseQuantity';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A field path built lazily: reading a large fleet creates one per field,
 * and only a failing field ever needs its text.
 */
export class FieldPath {
  constructor(
    private readonly parent: Path,
    private readonly key: string | number,
  ) {}

  toString(): string {
    const parent = String(this.parent);
    const key = this.key;
    if (typeof key === 'number') return `${parent}[${key}]`;
    // Keys that are not identifiers (label keys, resource names) print quoted.
    if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
    return parent ? `${parent}.${key}` : key;
  }
}

/** A field path: text, or built lazily. */
export type Path = string | FieldPath;

/** Throws the input error for `path`. */
export function fail(path: Path, reason: string): never {
  throw new KarmadaInputError([{ path: String(path), reason }]);
}

/** The path of a child field or element. */
export function child(path: Path, key: string | number): FieldPath {
  return new FieldPath(path, key);
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object, or undefined when absent (null counts as absent, as in Go). */
export function optionalObject(
  value: unknown,
  path: Path,
): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) fail(path, 'must be an object');
  return value;
}

/** A string, or undefined when absent. */
export function optionalString(value: unknown, path: Path): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

/** An array, or undefined when absent. */
export function optionalArray(
  value: unknown,
  path: Path,
): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

/** An array of strings (the input itself, checked), or undefined when absent. */
export function optionalStringArray(
  value: unknown,
  path: Path,
): string[] | undefined {
  const list = optionalArray(value, path);
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'string') fail(child(path, i), 'must be a string');
  }
  return list as string[];
}

/** A map of strings to strings (the input itself, checked), or undefined when absent. */
export function optionalStringMap(
  value: unknown,
  path: Path,
): Record<string, string> | undefined {
  const obj = optionalObject(value, path);
  if (!obj) return undefined;
  for (const key in obj) {
    if (typeof obj[key] !== 'string')
      fail(child(path, key), 'must be a string');
  }
  return obj as Record<string, string>;
}

/** An integer within [min, max], or undefined when absent. */
export function optionalInteger(
  value: unknown,
  path: Path,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    fail(path, 'must be an integer');
  if (value < min) fail(path, `must be greater than or equal to ${min}`);
  if (value > max) fail(path, `must be less than or equal to ${max}`);
  return value;
}

/** Rejects keys the schema does not know, like kubectl's strict field validation. */
export function rejectUnknownFields(
  obj: Record<string, unknown>,
  known: ReadonlyArray<string>,
  path: Path,
): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) fail(child(path, key), `unknown field "${key}"`);
  }
}

/** A quantity (string or number), parsed; Kubernetes' reason names the field when malformed. */
export function readQuantity(raw: unknown, path: Path): Quantity {
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    fail(path, 'must be a quantity such as "500m", "1Gi" or 2');
  }
  const result = parseQuantityResult(raw);
  if (typeof result === 'string') fail(path, result);
  return result;
}
