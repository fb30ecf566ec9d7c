import { InputError } from '@backstage/errors';
import { z } from 'zod';

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}

/**
 * Parses request input with a zod schema; a failure becomes an InputError
 * whose message names the path of the first problem (`body.replicas: …`)
 * and which lists every problem in `issues`.
 *
 * @public
 */
export function parse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: 'body' | 'query' | 'params',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map(i => ({
    path: formatPath([where, ...i.path]),
    reason: i.message,
  }));
  const first = issues[0];
  throw Object.assign(new InputError(`${first.path}: ${first.reason}`), {
    issues,
  });
}
