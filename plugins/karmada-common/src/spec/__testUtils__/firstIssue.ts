import type { z } from 'zod';
import { formatSpecPath } from '../fieldLabels';
import { specErrorMap } from '../specErrorMap';

/**
 * Where and why a schema rejects a value (`path: reason`), or 'ok'.
 */
export function firstIssue(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value, { error: specErrorMap });
  if (result.success) return 'ok';
  const [issue] = result.error.issues;
  return `${formatSpecPath(issue.path)}: ${issue.message}`;
}
