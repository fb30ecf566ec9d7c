import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { resourcesSchema } from '@karmada-backstage/plugin-karmada-common';
import { addSchemaIssues } from '../formSpec/schemaIssues';
import type { ResourcesValue } from '../types';

/**
 * Validates requests and limits with karmada-common's resources schema:
 * valid quantities, known resource names, no request above its limit.
 *
 * @public
 */
export const validateKarmadaResources: CustomFieldValidator<ResourcesValue> = (
  value,
  validation,
) => {
  if (value === undefined) return;
  addSchemaIssues(validation, resourcesSchema, value, [
    'containers',
    0,
    'resources',
  ]);
};
