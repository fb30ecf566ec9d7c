import type { z } from 'zod';

// zod's default messages ("Invalid input: expected string, received
// number") speak of types; these speak of the form. Custom messages set on
// a schema win over this map.

type RawIssue = z.core.$ZodRawIssue;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'a map of keys to values',
};

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/**
 * The per-parse error map of the workload spec: a reason for each kind of
 * zod issue, without the path (the caller adds label and path).
 *
 * @public
 */
export function specErrorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected =
        EXPECTED[String(issue.expected)] ?? String(issue.expected);
      return `must be ${expected}, not ${describe(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys
        .map(k => `"${k}"`)
        .join(', ')}`;
    case 'invalid_value':
      return `${describe(issue.input)} is not one of ${issue.values
        .map(v => String(v))
        .join(', ')}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array')
        return `needs at least ${plural(min, 'item')}`;
      if (issue.origin === 'string')
        return min === 1
          ? 'must not be empty'
          : `must be at least ${plural(min, 'character')}`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array')
        return `allows at most ${plural(max, 'item')}`;
      if (issue.origin === 'string')
        return `must be at most ${plural(max, 'character')}`;
      return `must be at most ${max}`;
    }
    default:
      return undefined;
  }
}
