import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { ResponseError } from '@backstage/errors';
import { karmadaApiRef } from '../../../api';
import {
  assembleWorkloadSpec,
  type FormSpecKeys,
} from '../formSpec/assembleWorkloadSpec';
import { addSpecIssues } from '../formSpec/specIssues';
import { workloadSpecIssues } from '@karmada-backstage/plugin-karmada-common';
import type { KarmadaReviewValue } from './KarmadaReviewField';

/**
 * The last check before Create: the whole spec against karmada-common's
 * rules, then a server-side dry run of the apply (guardrails, permissions,
 * Kubernetes admission), whose refusal blocks with the backend's message.
 * An unreachable backend does not block; the create step reports it.
 *
 * @public
 */
export const validateKarmadaReview: CustomFieldValidator<
  KarmadaReviewValue,
  FormSpecKeys
> = async (_value, validation, context) => {
  const keys: FormSpecKeys = context.uiSchema?.['ui:options'] ?? {};
  const spec = assembleWorkloadSpec(context.formData, keys);
  const { issues } = workloadSpecIssues(spec);
  if (issues.length) {
    addSpecIssues(validation, issues);
    return;
  }
  const karmadaApi = context.apiHolder.get(karmadaApiRef);
  if (!karmadaApi) return;
  try {
    await karmadaApi.applyWorkload({
      instance: spec.instance as string,
      spec,
      dryRun: true,
    });
  } catch (e) {
    if (
      e instanceof ResponseError &&
      e.statusCode >= 400 &&
      e.statusCode < 500
    ) {
      validation.addError(
        `Karmada would refuse it: ${e.body?.error?.message ?? e.message}`,
      );
    }
  }
};
