import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  probeSchema,
  singleSuccessProbeSchema,
} from '@karmada-backstage/plugin-karmada-common';
import { addSchemaIssues } from '../formSpec/schemaIssues';
import type { KarmadaProbesValue } from './types';

/**
 * Validates each probe with karmada-common's probe schemas: exactly one
 * check, valid ports and paths, and a success threshold of 1 for liveness
 * and startup probes.
 *
 * @public
 */
export const validateKarmadaProbes: CustomFieldValidator<KarmadaProbesValue> = (
  value,
  validation,
) => {
  for (const key of [
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
  ] as const) {
    const probe = value?.[key];
    if (probe === undefined) continue;
    const schema =
      key === 'readinessProbe' ? probeSchema : singleSuccessProbeSchema;
    addSchemaIssues(validation, schema, probe, ['containers', 0, key]);
  }
};
