import {
  KarmadaInputError,
  KubernetesObject,
  OverridePolicy,
  PodSpecLike,
  ResourceSelector,
  compileLabelSelector,
  createFleetSnapshot,
  describeLabelSelector,
  matchLabelSelector,
  previewPlacement,
  replicaRequirementsFromPodTemplate,
  summarizePlacement,
  validatePlacement,
} from '@karmada-backstage/plugin-karmada-common';
import { clusterManifest } from './clusterManifest';
import {
  DEFAULT_NAMESPACE,
  resourceTemplate,
  storedOverridePolicy,
} from './resourceTemplate';
import { ClusterPlan, PlanInputs, PlanResult } from './types';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface DeploymentSpec {
  replicas?: unknown;
  template?: { spec?: PodSpecLike };
}

interface PolicySpec {
  placement?: unknown;
  resourceSelectors?: unknown;
}

const describeLabels = (labels: Record<string, string> | undefined) => {
  const parts = Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
};

/**
 * Why one resource selector does not select the workload (Karmada's
 * `ResourceMatches`), or undefined when it does.
 */
function selectorMiss(
  selector: unknown,
  workload: KubernetesObject,
): string | undefined {
  if (!isObject(selector)) return 'not an object';
  const s = selector as unknown as ResourceSelector;
  const meta = workload.metadata ?? {};
  const namespace = meta.namespace || DEFAULT_NAMESPACE;
  if (s.apiVersion !== workload.apiVersion)
    return `apiVersion ${s.apiVersion ?? '(none)'}, not ${workload.apiVersion}`;
  if (s.kind !== workload.kind)
    return `kind ${s.kind ?? '(none)'}, not ${workload.kind}`;
  if (s.namespace && s.namespace !== namespace)
    return `namespace ${s.namespace}, not ${namespace}`;
  if (s.name)
    return s.name === meta.name
      ? undefined
      : `name ${s.name}, not ${meta.name}`;
  if (!s.labelSelector || matchLabelSelector(s.labelSelector, meta.labels))
    return undefined;
  const compiled = compileLabelSelector(s.labelSelector);
  if ('error' in compiled)
    return `labelSelector is invalid (${compiled.error}), so it selects nothing`;
  const wanted = describeLabelSelector(s.labelSelector).join(', ');
  return `labelSelector (${wanted}) does not match its labels (${describeLabels(
    meta.labels,
  )})`;
}

/**
 * Why the policy does not select the workload, or undefined when it does.
 * A PropagationPolicy only applies to resources of its own namespace
 * (Karmada's detector looks policies up in the resource's namespace).
 */
function selectionMiss(
  policy: KubernetesObject,
  selectors: unknown,
  workload: KubernetesObject,
): string | undefined {
  const namespace = workload.metadata?.namespace || DEFAULT_NAMESPACE;
  const policyNamespace = policy.metadata?.namespace;
  if (
    policy.kind === 'PropagationPolicy' &&
    policyNamespace &&
    policyNamespace !== namespace
  ) {
    return `the policy is in namespace ${policyNamespace}, and a PropagationPolicy selects only resources of its own namespace (the ${workload.kind} is in ${namespace})`;
  }
  if (!Array.isArray(selectors) || selectors.length === 0)
    return 'it has no resourceSelectors';
  const misses = selectors.map(s => selectorMiss(s, workload));
  if (misses.some(m => m === undefined)) return undefined;
  return misses.map((m, i) => `resourceSelectors[${i}]: ${m}`).join('; ');
}

/**
 * OverridePolicies Karmada never applies to this workload because they live
 * in another namespace: easy to miss when the policy file has none.
 */
function namespaceNotes(
  policies: OverridePolicy[],
  template: KubernetesObject,
): string[] {
  const namespace = template.metadata?.namespace;
  return policies
    .filter(p => p.kind === 'OverridePolicy')
    .map(p => ({
      given: p.metadata?.namespace,
      stored: storedOverridePolicy(p),
    }))
    .filter(p => p.stored.metadata.namespace !== namespace)
    .map(
      ({ given, stored }) =>
        `OverridePolicy ${stored.metadata.namespace}/${stored.metadata.name}${
          given ? '' : ' (no metadata.namespace)'
        } is not in ${template.kind} ${namespace}/${
          template.metadata?.name
        }'s namespace: Karmada applies only OverridePolicies of the resource's own namespace`,
    );
}

/**
 * Previews a workload's placement from parsed inputs, and what each
 * selected cluster receives after the override policies. Throws a
 * KarmadaInputError (its path starts with the file name) on malformed input.
 *
 * @public
 */
export function buildPlan(inputs: PlanInputs): PlanResult {
  const { policy, workload, files } = inputs;
  if (workload.kind !== 'Deployment' || !isObject(workload.spec)) {
    throw new KarmadaInputError([
      { path: files.workload, reason: 'must be an apps/v1 Deployment' },
    ]);
  }
  const spec = workload.spec as DeploymentSpec;
  const replicas = spec.replicas ?? 1;
  if (
    typeof replicas !== 'number' ||
    !Number.isInteger(replicas) ||
    replicas < 0
  ) {
    throw new KarmadaInputError([
      {
        path: `${files.workload}: spec.replicas`,
        reason: 'must be a non-negative integer',
      },
    ]);
  }
  const podSpec = spec.template?.spec;
  const replicaRequirements = replicaRequirementsFromPodTemplate(
    isObject(podSpec) ? podSpec : {},
    `${files.workload}: spec.template.spec`,
  );
  const policySpec: PolicySpec = isObject(policy.spec) ? policy.spec : {};
  const placement = validatePlacement(
    policySpec.placement,
    `${files.policy}: spec.placement`,
  );
  const snapshot = createFleetSnapshot(inputs.clusters, {
    path: `${files.clusters}: items`,
  });
  const preview = previewPlacement(snapshot, {
    placement,
    replicas,
    replicaRequirements,
  });
  const notes: string[] = [];
  const miss = selectionMiss(policy, policySpec.resourceSelectors, workload);
  if (miss) {
    notes.push(
      `${policy.kind} ${policy.metadata?.name} does not select ${workload.kind} ${workload.metadata?.name} (${miss}): Karmada would not propagate it with this policy`,
    );
  }
  const template = resourceTemplate(workload);
  const overridePolicies = inputs.overridePolicies.map(storedOverridePolicy);
  notes.push(...namespaceNotes(inputs.overridePolicies, template));
  const byName = new Map(snapshot.clusters.map(c => [c.name, c.cluster]));
  const explanations = new Map(preview.explanations.map(e => [e.name, e]));
  const clusters: ClusterPlan[] = preview.clusters.flatMap(target => {
    const cluster = byName.get(target.name);
    // The engine only schedules to clusters of the snapshot.
    if (!cluster) return [];
    const explanation = explanations.get(target.name);
    return [
      clusterManifest(
        template,
        {
          cluster,
          replicas: target.replicas ?? 0,
          possibleReplicas: explanation?.tieBreak
            ? explanation.possibleReplicas
            : undefined,
        },
        overridePolicies,
      ),
    ];
  });
  return {
    workload: {
      kind: workload.kind,
      name: workload.metadata?.name ?? '',
      namespace: workload.metadata?.namespace,
      replicas,
      replicaRequirements,
    },
    policy: {
      kind: policy.kind ?? 'PropagationPolicy',
      name: policy.metadata?.name ?? '',
      namespace: policy.metadata?.namespace,
      placement,
      summary: summarizePlacement(placement),
      selectsWorkload: miss === undefined,
    },
    overridePolicies: inputs.overridePolicies,
    preview,
    clusters,
    notes,
  };
}
