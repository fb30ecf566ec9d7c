// `runtime.DefaultUnstructuredConverter.FromUnstructured` type rules: JSON
// null is a zero value, numbers go into integer fields only when integral,
// strings never convert to numbers, and types with their own JSON decoding
// (Quantity, IntOrString, Time) must parse.
import { formatJsonNumber } from '../json/goFloat';
import { hasOwn, isRecord } from '../objects';
import { FieldType } from './fieldType';
import { workloadSchema } from './workloadSchemas';

const QUANTITY =
  /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,]\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

function goTypeOf(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'int64' : 'float64';
  if (Array.isArray(value)) return '[]interface {}';
  return 'map[string]interface {}';
}

function isRfc3339(text: string): boolean {
  const m = RFC3339.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const zoneOk =
    m[7] === undefined || (Number(m[7]) <= 24 && Number(m[8]) <= 60);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    zoneOk
  );
}

function quantityError(value: unknown): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number') text = formatJsonNumber(value);
  else return `cannot unmarshal ${goTypeOf(value)} into a quantity`;
  return QUANTITY.test(text)
    ? undefined
    : `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`;
}

function check(
  value: unknown,
  type: FieldType,
  path: string,
): string | undefined {
  if (value === null || value === undefined || type === 'any') return undefined;
  const mismatch = (want: string) =>
    `${path}: cannot convert ${goTypeOf(value)} to ${want}`;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : mismatch('string');
    case 'bool':
      return typeof value === 'boolean' ? undefined : mismatch('bool');
    case 'int':
      return typeof value === 'number' && Number.isInteger(value)
        ? undefined
        : mismatch('int');
    case 'float':
      return typeof value === 'number' ? undefined : mismatch('float64');
    case 'object':
      return isRecord(value)
        ? undefined
        : `${path}: cannot restore struct from: ${goTypeOf(value)}`;
    case 'quantity': {
      const why = quantityError(value);
      return why && `${path}: ${why}`;
    }
    case 'intOrString':
      if (typeof value === 'string') return undefined;
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        Math.abs(value) <= 2147483647
        ? undefined
        : mismatch('intstr.IntOrString');
    case 'time':
      return typeof value === 'string' && isRfc3339(value)
        ? undefined
        : `${path}: cannot parse ${JSON.stringify(value)} as RFC3339 time`;
    default:
      return checkComposite(value, type, path);
  }
}

function checkComposite(
  value: unknown,
  type:
    | { list: FieldType }
    | { map: FieldType }
    | { struct: Record<string, FieldType> },
  path: string,
): string | undefined {
  if ('list' in type) {
    if (!Array.isArray(value))
      return `${path}: cannot restore slice from ${goTypeOf(value)}`;
    for (let i = 0; i < value.length; i++) {
      const why = check(value[i], type.list, `${path}[${i}]`);
      if (why) return why;
    }
    return undefined;
  }
  if (!isRecord(value))
    return `${path}: cannot restore ${
      'map' in type ? 'map' : 'struct'
    } from ${goTypeOf(value)}`;
  if ('map' in type) {
    for (const key of Object.keys(value)) {
      const why = check(value[key], type.map, `${path}.${key}`);
      if (why) return why;
    }
    return undefined;
  }
  for (const key of Object.keys(type.struct)) {
    if (!hasOwn(value, key)) continue;
    const why = check(
      value[key],
      type.struct[key],
      path ? `${path}.${key}` : key,
    );
    if (why) return why;
  }
  return undefined;
}

/**
 * Why `resource` cannot be converted to the typed object of `kind`, or
 * undefined when it can (or when the kind is not one Karmada converts).
 *
 * @internal
 */
export function typedConversionError(
  resource: unknown,
  kind: string,
): string | undefined {
  const schema = workloadSchema(kind);
  return schema ? check(resource, schema, '') : undefined;
}
