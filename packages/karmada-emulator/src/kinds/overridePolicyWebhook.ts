import {
  KubernetesObject,
  OverrideSpec,
} from '@karmada-backstage/plugin-karmada-common';
import { childPath, FieldError, formatFieldError } from '../api/fieldErrors';

// Karmada's webhooks for (Cluster)OverridePolicies (pkg/webhook/overridepolicy,
// pkg/util/validation.ValidateOverrideSpec), in the part clients meet.

function specOf(object: KubernetesObject): OverrideSpec {
  return (object.spec ?? {}) as OverrideSpec;
}

/**
 * The mutating webhook: resource selectors default to the policy's namespace.
 *
 * @public
 */
export function mutateOverridePolicy(object: KubernetesObject): void {
  const namespace = object.metadata?.namespace;
  if (!namespace) return;
  for (const selector of specOf(object).resourceSelectors ?? [])
    selector.namespace ||= namespace;
}

/**
 * The validating webhook: the denial message, or undefined when admitted.
 *
 * @public
 */
export function admitOverridePolicy(
  object: KubernetesObject,
): string | undefined {
  const spec = specOf(object);
  const errors: FieldError[] = [];
  const namespace = object.metadata?.namespace;
  (spec.resourceSelectors ?? []).forEach((selector, i) => {
    if (namespace && selector.namespace && selector.namespace !== namespace) {
      errors.push({
        type: 'Invalid',
        field: childPath(childPath('spec.resourceSelectors', i), 'namespace'),
        value: selector.namespace,
        detail:
          'namespace of resource selector must be the same as the namespace of the policy',
      });
    }
  });
  if (spec.overrideRules?.length && spec.targetCluster) {
    errors.push({
      type: 'Invalid',
      field: 'spec.targetCluster',
      value: spec.targetCluster,
      detail: "overrideRules and targetCluster can't co-exist",
    });
  }
  if (spec.overrideRules?.length && spec.overriders) {
    errors.push({
      type: 'Invalid',
      field: 'spec.overriders',
      value: spec.overriders,
      detail: "overrideRules and overriders can't co-exist",
    });
  }
  (spec.overrideRules ?? []).forEach((rule, i) => {
    (rule.overriders?.fieldOverrider ?? []).forEach((fo, j) => {
      const at = childPath(
        childPath(
          childPath(childPath('spec.overrideRules', i), 'overriders'),
          'fieldOverrider',
        ),
        j,
      );
      if (fo.json?.length && fo.yaml?.length) {
        errors.push({
          type: 'Invalid',
          field: at,
          value: fo,
          detail:
            'FieldOverrider has both YAML and JSON set. Only one is allowed',
        });
      } else if (!fo.json?.length && !fo.yaml?.length) {
        errors.push({
          type: 'Required',
          field: at,
          detail: 'FieldOverrider must have either JSON or YAML set',
        });
      }
    });
  });
  if (errors.length === 0) return undefined;
  const rendered = errors.map(formatFieldError);
  return rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
}
