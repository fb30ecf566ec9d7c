import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { lifecycleSchema } from '@karmada-backstage/plugin-karmada-common';
import { addSchemaIssues } from '../formSpec/schemaIssues';
import type { KarmadaLifecycleValue } from './KarmadaLifecycleField';

/**
 * Validates the hooks with karmada-common's lifecycle schema (exactly one
 * handler each, a non-empty command, a sleep of at least one second).
 *
 * @public
 */
export const validateKarmadaLifecycle: CustomFieldValidator<
  KarmadaLifecycleValue
> = (value, validation) => {
  if (value === undefined) return;
  addSchemaIssues(validation, lifecycleSchema, value, [
    'containers',
    0,
    'lifecycle',
  ]);
};
