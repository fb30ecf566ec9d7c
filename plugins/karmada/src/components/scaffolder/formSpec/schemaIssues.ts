import {
  specErrorMap,
  workloadFieldLabel,
} from '@karmada-backstage/plugin-karmada-common';
import type { FieldValidation } from './specIssues';

/** The part of a zod schema a field validator needs. */
interface ParsingSchema {
  safeParse(
    value: unknown,
    params?: { error?: typeof specErrorMap },
  ): {
    success: boolean;
    error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
  };
}

/**
 * Checks a field's value against one of karmada-common's spec schemas and
 * adds each problem to the field's validation, named by the form label of
 * its place in the workload spec (`basePath`, e.g. `containers[0].livenessProbe`).
 * Returns whether the value is valid.
 *
 * @public
 */
export function addSchemaIssues(
  validation: FieldValidation,
  schema: ParsingSchema,
  value: unknown,
  basePath: PropertyKey[],
): boolean {
  const result = schema.safeParse(value, { error: specErrorMap });
  for (const issue of result.error?.issues ?? []) {
    const label = workloadFieldLabel([...basePath, ...issue.path]);
    const where = issue.path.length
      ? ` (${issue.path.map(String).join('.')})`
      : '';
    validation.addError(`${label ?? 'Value'}${where}: ${issue.message}`);
  }
  return result.success;
}
