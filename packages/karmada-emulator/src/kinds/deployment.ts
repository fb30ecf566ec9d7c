import {
  compileLabelSelector,
  KubernetesObject,
  LabelSelector,
  matchLabelSelector,
} from '@karmada-backstage/plugin-karmada-common';
import { FieldError } from '../api/fieldErrors';
import { ResourceStrategy } from '../api/ResourceType';
import { jsonEqual } from '../ssa/schemaWalk';
import { isDNS1123Subdomain } from '../validation/nameRules';
import { nameRule } from '../validation/validateObjectMeta';
import { defaultDeployment } from './podTemplateDefaults';
import { validatePodTemplate } from './validatePodTemplate';

type Json = Record<string, unknown>;

function nonNegative(spec: Json, field: string, errors: FieldError[]): void {
  const value = spec[field];
  if (typeof value === 'number' && value < 0) {
    errors.push({
      type: 'Invalid',
      field: `spec.${field}`,
      value,
      detail: 'must be greater than or equal to 0',
    });
  }
}

function validateSelector(spec: Json, errors: FieldError[]): void {
  const selector = spec.selector as LabelSelector | undefined;
  if (!selector) {
    errors.push({ type: 'Required', field: 'spec.selector' });
    return;
  }
  const compiled = compileLabelSelector(selector);
  if ('error' in compiled) {
    errors.push({
      type: 'Invalid',
      field: 'spec.selector',
      value: selector,
      detail: compiled.error,
    });
    return;
  }
  if (compiled.length === 0) {
    errors.push({
      type: 'Invalid',
      field: 'spec.selector',
      value: selector,
      detail: 'empty selector is invalid for deployment',
    });
    return;
  }
  const labels = (
    (spec.template as Json | undefined)?.metadata as Json | undefined
  )?.labels as Record<string, string> | undefined;
  if (!matchLabelSelector(selector, labels)) {
    errors.push({
      type: 'Invalid',
      field: 'spec.template.metadata.labels',
      value: labels ?? {},
      detail: '`selector` does not match template `labels`',
    });
  }
}

function validateDeployment(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const spec = (object.spec ?? {}) as Json;
  for (const field of ['replicas', 'minReadySeconds', 'revisionHistoryLimit'])
    nonNegative(spec, field, errors);
  validateSelector(spec, errors);
  if (
    old &&
    !jsonEqual((old.spec as Json | undefined)?.selector, spec.selector)
  ) {
    errors.push({
      type: 'Invalid',
      field: 'spec.selector',
      value: spec.selector ?? null,
      detail: 'field is immutable',
    });
  }
  const strategyType = (spec.strategy as Json | undefined)?.type;
  if (
    strategyType !== undefined &&
    !['Recreate', 'RollingUpdate'].includes(String(strategyType))
  ) {
    errors.push({
      type: 'NotSupported',
      field: 'spec.strategy.type',
      value: strategyType,
      supported: ['Recreate', 'RollingUpdate'],
    });
  }
  const deadline = spec.progressDeadlineSeconds;
  const minReady =
    typeof spec.minReadySeconds === 'number' ? spec.minReadySeconds : 0;
  if (typeof deadline === 'number' && deadline <= minReady) {
    errors.push({
      type: 'Invalid',
      field: 'spec.progressDeadlineSeconds',
      value: deadline,
      detail: 'must be greater than minReadySeconds',
    });
  }
  errors.push(
    ...validatePodTemplate(spec.template as Json | undefined, 'spec.template', [
      'Always',
    ]),
  );
  return errors;
}

/**
 * The registry strategy of `apps/v1` Deployments: defaults, validation,
 * and a generation that also moves with annotations (they are copied to
 * ReplicaSets).
 *
 * @public
 */
export const deploymentStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1123Subdomain),
  generation: 'specAndAnnotations',
  statusSubresource: true,
  defaults: defaultDeployment,
  validate: validateDeployment,
};
