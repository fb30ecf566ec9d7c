// Karmada's `OverrideManager.ApplyOverridePolicies` for one resource and one
// member cluster (SEMANTICS.md §1, §2.1, §5).
import { Cluster, KubernetesObject, OverridePolicy } from '../types';
import { OverrideError } from './OverrideError';
import { StepObserver, applyRule } from './applyRule';
import { cloneJson, getOwn, isRecord } from './objects';
import { selectOverrideRules } from './selectOverrideRules';
import { AppliedOverride } from './types';

/**
 * Observes each applied rule and overrider step (used by `explainOverrides`).
 *
 * @internal
 */
export type RuleObserver = (rule: AppliedOverride) => StepObserver | undefined;

/** The cluster as Karmada reads it: the API server migrates a legacy `spec.zone` into `spec.zones`. */
function normaliseCluster(cluster: Cluster): Cluster {
  const spec = cluster.spec ?? {};
  const name =
    typeof cluster.metadata?.name === 'string' ? cluster.metadata.name : '';
  const zones =
    spec.zone && (!spec.zones || spec.zones.length === 0)
      ? [spec.zone]
      : spec.zones;
  return {
    ...cluster,
    metadata: { ...cluster.metadata, name },
    spec: { ...spec, zones },
  };
}

function namespaceOf(resource: KubernetesObject): string {
  const metadata = getOwn(resource, 'metadata');
  const namespace = isRecord(metadata)
    ? getOwn(metadata, 'namespace')
    : undefined;
  return typeof namespace === 'string' ? namespace : '';
}

function applyGroup(
  resource: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
  applied: AppliedOverride[],
  observe?: RuleObserver,
): KubernetesObject {
  // Karmada selects all rules of the group first, then applies them in order.
  let current = resource;
  for (const rule of selectOverrideRules(resource, cluster, policies)) {
    current = applyRule(current, rule.overriders, rule, observe?.(rule));
    applied.push(rule);
  }
  return current;
}

/**
 * Runs the override pipeline; `observe` sees every applied rule.
 *
 * @internal
 */
export function runOverrides(
  resource: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
  observe?: RuleObserver,
): { resource: KubernetesObject; applied: AppliedOverride[] } {
  if (!isRecord(resource))
    throw new OverrideError(
      'InvalidResource',
      'the resource is not a JSON object',
    );
  const target = normaliseCluster(cluster);
  const list = Array.isArray(policies) ? policies.filter(isRecord) : [];
  const applied: AppliedOverride[] = [];
  let current = applyGroup(
    resource,
    target,
    list.filter(p => p.kind === 'ClusterOverridePolicy'),
    applied,
    observe,
  );
  // The namespace is read again after the ClusterOverridePolicies, as Karmada does.
  const namespace = namespaceOf(current);
  if (namespace) {
    const namespaced = list.filter(
      p => p.kind === 'OverridePolicy' && p.metadata?.namespace === namespace,
    );
    current = applyGroup(current, target, namespaced, applied, observe);
  }
  return { resource: current, applied };
}

/**
 * What `resource` becomes on `cluster` after Karmada's override policies:
 * all matching ClusterOverridePolicies, then the OverridePolicies of the
 * resource's namespace (policies of other kinds or namespaces are ignored),
 * each in Karmada's order. `applied` lists the rules that ran, in order.
 *
 * Throws `OverrideError` when Karmada would produce no manifest for the
 * cluster; never returns a partial result, never modifies its inputs.
 *
 * @public
 */
export function applyOverridePolicies(
  resource: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
): { resource: KubernetesObject; applied: AppliedOverride[] } {
  const result = guard(() => runOverrides(resource, cluster, policies));
  return {
    resource: cloneJson(result.resource),
    applied: cloneJson(result.applied),
  };
}

/**
 * Keeps the promise that only `OverrideError` escapes: anything else is a
 * malformed input the engine did not anticipate.
 *
 * @internal
 */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof OverrideError) throw e;
    throw new OverrideError(
      'InvalidResource',
      `internal error: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
