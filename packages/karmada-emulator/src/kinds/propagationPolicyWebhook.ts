import { randomUUID } from 'node:crypto';
import {
  KubernetesObject,
  Placement,
  PropagationSpec,
} from '@karmada-backstage/plugin-karmada-common';
import { childPath, FieldError, formatFieldError } from '../api/fieldErrors';

// Karmada's webhooks for (Cluster)PropagationPolicies
// (pkg/webhook/{cluster,}propagationpolicy, pkg/util/validation): the
// mutations a client reads back, and the checks that deny a policy.

const PERMANENT_ID_LABEL = {
  PropagationPolicy: 'propagationpolicy.karmada.io/permanent-id',
  ClusterPropagationPolicy: 'clusterpropagationpolicy.karmada.io/permanent-id',
} as Record<string, string>;

function specOf(object: KubernetesObject): PropagationSpec {
  return (object.spec ?? {}) as PropagationSpec;
}

/**
 * The mutating webhook: selector namespaces (PropagationPolicy), spread
 * constraint defaults, Weighted division by default, an empty placement
 * object (Go always serialises it) and the permanent-id label on create.
 *
 * @public
 */
export function mutatePropagationPolicy(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): void {
  const spec = specOf(object);
  const namespace = object.metadata?.namespace;
  if (namespace) {
    for (const selector of spec.resourceSelectors ?? [])
      selector.namespace ||= namespace;
  }
  spec.placement ??= {};
  for (const constraint of spec.placement.spreadConstraints ?? []) {
    if (!constraint.spreadByField && !constraint.spreadByLabel)
      constraint.spreadByField = 'cluster';
    if (!constraint.minGroups) constraint.minGroups = 1;
  }
  const scheduling = spec.placement.replicaScheduling;
  if (
    scheduling?.replicaSchedulingType === 'Divided' &&
    !scheduling.replicaDivisionPreference
  ) {
    scheduling.replicaDivisionPreference = 'Weighted';
  }
  const label = PERMANENT_ID_LABEL[object.kind ?? ''];
  if (!old && label) {
    object.metadata = {
      ...object.metadata,
      labels: { ...object.metadata?.labels, [label]: randomUUID() },
    };
  }
  object.spec = spec;
}

function validateFieldSelectors(
  placement: Placement,
  errors: FieldError[],
): void {
  const affinities = [
    {
      path: 'spec.placement.clusterAffinity',
      affinity: placement.clusterAffinity,
    },
    ...(placement.clusterAffinities ?? []).map((a, i) => ({
      path: childPath('spec.placement.clusterAffinities', i),
      affinity: a,
    })),
  ];
  for (const { path, affinity } of affinities) {
    for (const expr of affinity?.fieldSelector?.matchExpressions ?? []) {
      let detail: string | undefined;
      if (!['provider', 'region', 'zone'].includes(expr.key))
        detail = `unsupported key "${expr.key}", must be provider, region, or zone`;
      else if (!['In', 'NotIn'].includes(expr.operator))
        detail = `unsupported operator "${expr.operator}", must be In or NotIn`;
      if (detail) {
        errors.push({
          type: 'Invalid',
          field: childPath(path, 'fieldSelector'),
          value: affinity?.fieldSelector,
          detail,
        });
        break;
      }
    }
  }
}

function validateSpreadConstraints(
  placement: Placement,
  errors: FieldError[],
): void {
  const path = 'spec.placement.spreadConstraints';
  const constraints = placement.spreadConstraints ?? [];
  const byField = new Set<string>();
  constraints.forEach((c, i) => {
    const at = childPath(path, i);
    if (c.spreadByField && c.spreadByLabel)
      errors.push({
        type: 'Invalid',
        field: at,
        value: c,
        detail: 'spreadByLabel should not co-exist with spreadByField',
      });
    if ((c.minGroups ?? 0) < 0)
      errors.push({
        type: 'Invalid',
        field: at,
        value: c,
        detail: 'minGroups lower than 0 is not allowed',
      });
    if ((c.maxGroups ?? 0) < 0)
      errors.push({
        type: 'Invalid',
        field: at,
        value: c,
        detail: 'maxGroups lower than 0 is not allowed',
      });
    if ((c.maxGroups ?? 0) > 0 && (c.maxGroups ?? 0) < (c.minGroups ?? 0)) {
      errors.push({
        type: 'Invalid',
        field: at,
        value: c,
        detail: 'maxGroups lower than minGroups is not allowed',
      });
    }
    if (c.spreadByField) {
      if (byField.has(c.spreadByField)) {
        errors.push({
          type: 'Invalid',
          field: path,
          value: constraints,
          detail: `multiple ${c.spreadByField} spread constraints are not allowed`,
        });
      }
      byField.add(c.spreadByField);
    }
  });
  if (byField.size > 0 && !byField.has('cluster')) {
    errors.push({
      type: 'Invalid',
      field: path,
      value: constraints,
      detail:
        'the cluster spread constraint must be enabled in one of the constraints in case of SpreadByField is enabled',
    });
  }
}

/**
 * The validating webhook: the denial message (as Karmada aggregates its
 * field errors), or undefined when the policy is admitted.
 *
 * @public
 */
export function admitPropagationPolicy(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): string | undefined {
  const label = PERMANENT_ID_LABEL[object.kind ?? ''];
  const id = object.metadata?.labels?.[label];
  if (!id)
    return `label ${label} is required, it should be set by the mutating admission webhook during creation`;
  if (old) {
    if (old.metadata?.labels?.[label] !== id)
      return `label ${label} is immutable, it can only be set by the system during creation`;
    if (specOf(old).schedulerName !== specOf(object).schedulerName)
      return 'the schedulerName should not be updated';
  }
  const spec = specOf(object);
  const placement = spec.placement ?? {};
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
  if (
    spec.suspension?.dispatching &&
    spec.suspension.dispatchingOnClusters?.clusterNames?.length
  ) {
    errors.push({
      type: 'Invalid',
      field: 'spec.suspension',
      value: spec.suspension,
      detail:
        'suspension dispatching cannot co-exist with dispatchingOnClusters.clusterNames',
    });
  }
  if (placement.clusterAffinity && placement.clusterAffinities?.length) {
    errors.push({
      type: 'Invalid',
      field: 'spec.placement',
      value: placement,
      detail: 'clusterAffinities cannot co-exist with clusterAffinity',
    });
  }
  const names = (placement.clusterAffinities ?? []).map(a => a.affinityName);
  if (new Set(names).size !== names.length) {
    errors.push({
      type: 'Invalid',
      field: 'spec.placement.clusterAffinities',
      value: placement.clusterAffinities,
      detail: 'each affinity term in a policy must have a unique name',
    });
  }
  validateFieldSelectors(placement, errors);
  validateSpreadConstraints(placement, errors);
  if (errors.length === 0) return undefined;
  const rendered = errors.map(formatFieldError);
  return rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
}
