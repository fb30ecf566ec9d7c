import {
  AppliedOverride,
  applyOverridePolicies,
  Cluster,
  KubernetesObject,
  OverridePolicy,
  ResourceBinding,
  TargetCluster,
} from '@karmada-backstage/plugin-karmada-common';
import {
  APPLIED_CLUSTER_OVERRIDES_ANNOTATION,
  APPLIED_OVERRIDES_ANNOTATION,
  CONFLICT_RESOLUTION_ANNOTATION,
  MANAGED_BY_KARMADA_LABEL,
  RB_NAME_ANNOTATION,
  RB_NAMESPACE_ANNOTATION,
  RB_PERMANENT_ID_LABEL,
  TEMPLATE_GENERATION_ANNOTATION,
  TEMPLATE_UID_ANNOTATION,
  WORK_NAME_ANNOTATION,
  WORK_NAMESPACE_ANNOTATION,
} from './karmadaMetadata';
import { compareStrings } from '../util/compareStrings';
import { executionSpace, workName } from './names';

/** Go marshals `Overriders` in field order. */
const GO_OVERRIDER_ORDER = [
  'plaintext',
  'imageOverrider',
  'commandOverrider',
  'argsOverrider',
  'labelsOverrider',
  'annotationsOverrider',
  'fieldOverrider',
];

/** `RecordAppliedOverrides`: `[{"policyName","overriders"}]` sorted by policy name, or nothing. */
function appliedRecord(applied: AppliedOverride[]): string | undefined {
  if (applied.length === 0) return undefined;
  const items = applied
    .map(a => ({
      policyName: a.policy.name,
      overriders: Object.fromEntries(
        GO_OVERRIDER_ORDER.filter(
          k => (a.overriders as Record<string, unknown>)[k] !== undefined,
        ).map(k => [k, (a.overriders as Record<string, unknown>)[k]]),
      ),
    }))
    .sort((x, y) => compareStrings(x.policyName, y.policyName));
  return JSON.stringify(items);
}

/** `prune.RemoveIrrelevantFields`: what the API server populated stays behind. */
function pruneIrrelevant(manifest: KubernetesObject): void {
  const meta = { ...manifest.metadata } as Record<string, unknown>;
  for (const field of [
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'generation',
    'managedFields',
    'resourceVersion',
    'selfLink',
    'uid',
    'ownerReferences',
    'finalizers',
  ]) {
    delete meta[field];
  }
  manifest.metadata = meta;
  delete manifest.status;
  if (manifest.kind === 'Deployment' && meta.annotations) {
    const annotations = { ...(meta.annotations as Record<string, string>) };
    delete annotations['deployment.kubernetes.io/revision'];
    delete annotations['deployment.kubernetes.io/revision-history'];
    meta.annotations = annotations;
  }
  if (manifest.kind === 'Service') {
    const spec = manifest.spec as Record<string, unknown> | undefined;
    if (spec && spec.clusterIP !== undefined && spec.clusterIP !== 'None') {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
  }
}

/** `mergeConflictResolution`: the template's valid annotation wins, else the binding's setting. */
function conflictResolution(
  template: KubernetesObject,
  binding: ResourceBinding,
): string {
  const fromTemplate =
    template.metadata?.annotations?.[CONFLICT_RESOLUTION_ANNOTATION];
  if (fromTemplate === 'overwrite' || fromTemplate === 'abort')
    return fromTemplate;
  return binding.spec.conflictResolution === 'Overwrite'
    ? 'overwrite'
    : 'abort';
}

/**
 * What the binding controller produces for one target cluster.
 *
 * @public
 */
export interface BuiltWork {
  work: KubernetesObject;
}

/**
 * Karmada's `ensureWork` + `CreateOrUpdateWork` for one cluster: the
 * template with the cluster's replica count (for workloads), then the
 * (Cluster)OverridePolicies, then Karmada's bookkeeping labels and
 * annotations, pruned of server-populated fields, wrapped in the Work
 * `<name>-<hash>` in `karmada-es-<cluster>`. Throws the engine's
 * OverrideError when the overrides fail (Karmada then writes no Work).
 *
 * @public
 */
export function buildWork(args: {
  template: KubernetesObject;
  binding: ResourceBinding;
  target: TargetCluster;
  cluster: Cluster;
  overridePolicies: OverridePolicy[];
  suspendDispatching: boolean;
}): BuiltWork {
  const { template, binding, target } = args;
  let manifest = structuredClone(template);
  const isWorkload =
    (binding.spec.replicas ?? 0) > 0 ||
    binding.spec.replicaRequirements !== undefined;
  if (isWorkload && manifest.kind === 'Deployment') {
    manifest.spec = {
      ...(manifest.spec as object),
      replicas: target.replicas ?? 0,
    };
  }
  const overridden = applyOverridePolicies(
    manifest,
    args.cluster,
    args.overridePolicies,
  );
  manifest = overridden.resource;

  const namespace = executionSpace(target.name);
  const name = workName(
    template.kind ?? '',
    template.metadata?.name ?? '',
    template.metadata?.namespace,
  );
  const bindingId = binding.metadata.labels?.[RB_PERMANENT_ID_LABEL] ?? '';
  const generation = template.metadata?.generation ?? 0;
  const conflict = conflictResolution(template, binding);

  const workAnnotations: Record<string, string> = {
    [RB_NAMESPACE_ANNOTATION]: binding.metadata.namespace ?? '',
    [RB_NAME_ANNOTATION]: binding.metadata.name ?? '',
    [CONFLICT_RESOLUTION_ANNOTATION]: conflict,
  };
  const cops = appliedRecord(
    overridden.applied.filter(a => a.policy.kind === 'ClusterOverridePolicy'),
  );
  const ops = appliedRecord(
    overridden.applied.filter(a => a.policy.kind === 'OverridePolicy'),
  );
  if (cops) workAnnotations[APPLIED_CLUSTER_OVERRIDES_ANNOTATION] = cops;
  if (ops) workAnnotations[APPLIED_OVERRIDES_ANNOTATION] = ops;

  manifest.metadata = {
    ...manifest.metadata,
    labels: {
      ...manifest.metadata?.labels,
      [RB_PERMANENT_ID_LABEL]: bindingId,
      [MANAGED_BY_KARMADA_LABEL]: 'true',
    },
    annotations: {
      ...manifest.metadata?.annotations,
      ...(generation > 0
        ? { [TEMPLATE_GENERATION_ANNOTATION]: String(generation) }
        : {}),
      [RB_NAMESPACE_ANNOTATION]: binding.metadata.namespace ?? '',
      [RB_NAME_ANNOTATION]: binding.metadata.name ?? '',
      [TEMPLATE_UID_ANNOTATION]: template.metadata?.uid ?? '',
      [WORK_NAME_ANNOTATION]: name,
      [WORK_NAMESPACE_ANNOTATION]: namespace,
      [CONFLICT_RESOLUTION_ANNOTATION]: conflict,
    },
  };
  pruneIrrelevant(manifest);

  const spec: Record<string, unknown> = { workload: { manifests: [manifest] } };
  if (args.suspendDispatching) spec.suspendDispatching = true;
  if (binding.spec.preserveResourcesOnDeletion)
    spec.preserveResourcesOnDeletion = true;
  return {
    work: {
      apiVersion: 'work.karmada.io/v1alpha1',
      kind: 'Work',
      metadata: {
        name,
        namespace,
        labels: { [RB_PERMANENT_ID_LABEL]: bindingId },
        annotations: workAnnotations,
      },
      spec,
    },
  };
}
