// Go's `fmt.Sprintf("%s", v)` for values decoded from JSON into an
// unstructured object (int64 for integral numbers, float64 otherwise):
// Karmada formats every command/args item this way, so a non-string item
// becomes text such as `%!s(int64=5)`.
import { formatFloatG } from './json/goFloat';
import { isRecord } from './objects';
import { compareGoStrings } from './json/goJson';

function isInt64(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) <= 9223372036854775807;
}

function formatNested(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '%!s(<nil>)';
  if (typeof value === 'boolean') return `%!s(bool=${value})`;
  if (typeof value === 'number') {
    return isInt64(value)
      ? `%!s(int64=${value})`
      : `%!s(float64=${formatFloatG(value)})`;
  }
  if (Array.isArray(value)) return `[${value.map(formatNested).join(' ')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort(compareGoStrings);
    return `map[${keys.map(k => `${k}:${formatNested(value[k])}`).join(' ')}]`;
  }
  return String(value);
}

/**
 * `fmt.Sprintf("%s", value)` for a JSON-decoded value.
 *
 * @internal
 */
export function goSprintS(value: unknown): string {
  return formatNested(value);
}
