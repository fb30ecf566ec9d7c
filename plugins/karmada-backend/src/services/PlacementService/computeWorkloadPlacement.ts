import {
  Cluster,
  detectDependencies,
  FleetSnapshot,
  isRolloutYoung,
  KubernetesObject,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
  MANAGED_BY_VALUE,
  ANNOTATION_CREATED_BY,
  ANNOTATION_TEMPLATE,
  OverridePolicy,
  PlacementClusterDto,
  PlacementPreview,
  previewPlacement,
  PropagationPolicy,
  replicaRequirementsFromPodTemplate,
  toPlacementPreviewDto,
  ResourceBinding,
  WorkloadPlacementResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { DeploymentObject } from '../../karmada/createInstanceCache';
import {
  aggregatedStatusByCluster,
  bindingCondition,
  workloadHealth,
} from '../shared/workloadStatus';
import { clusterReady, clusterZones } from '../FleetService/toClusterDto';
import { deploymentRollout } from '../shared/deploymentRollout';
import { governingPolicy, isSuspended } from './governingPolicy';
import { placementDifferences } from './placementDifferences';
import { templateOf } from './templateOf';
import { effectiveManifest } from './effectiveManifest';

/**
 * Everything the placement of one workload is computed from (all from the cache).
 *
 * @public
 */
export interface WorkloadPlacementInput {
  instance: string;
  deployment: DeploymentObject;
  binding?: ResourceBinding;
  propagationPolicy?: PropagationPolicy;
  overridePolicies: OverridePolicy[];
  cluster(name: string): Cluster | undefined;
  snapshot: FleetSnapshot;
  /** Whether Karmada holds a binding for a dependency (propagated along). */
  dependencyBound(kind: 'ConfigMap' | 'Secret', name: string): boolean;
  /** The time health is judged at (epoch ms; default now). */
  now?: number;
}

/**
 * The placement of a workload: expected (preview over the current fleet
 * with the policy's placement), scheduled (binding) and running
 * (aggregated status) per cluster, their differences, and what each
 * cluster receives after overrides.
 *
 * @public
 */
export function computeWorkloadPlacement(
  input: WorkloadPlacementInput,
): WorkloadPlacementResponse {
  const { deployment: d, binding, propagationPolicy: pp } = input;
  const template = templateOf(d);
  const replicas = typeof d.spec?.replicas === 'number' ? d.spec.replicas : 1;
  const governing = governingPolicy(d);
  const placement = pp?.spec.placement ?? binding?.spec.placement;
  let expected: PlacementPreview | null = null;
  if (placement) {
    expected = previewPlacement(input.snapshot, {
      placement,
      replicas,
      replicaRequirements: replicaRequirementsFromPodTemplate(
        d.spec?.template?.spec ?? {},
      ),
      bindingUID: binding?.metadata.uid,
    });
  }
  const scheduled = new Map(
    (binding?.spec.clusters ?? []).map(c => [c.name, c.replicas]),
  );
  const running = aggregatedStatusByCluster(binding);
  const expectedMap = new Map(
    (expected?.clusters ?? []).map(c => [c.name, c.replicas]),
  );
  const names = [
    ...new Set([...expectedMap.keys(), ...scheduled.keys(), ...running.keys()]),
  ].sort();
  const clusters: PlacementClusterDto[] = names.map(name => {
    const cluster = input.cluster(name);
    const clusterReplicas = scheduled.get(name) ?? expectedMap.get(name);
    const manifest = cluster
      ? effectiveManifest(
          template,
          cluster,
          clusterReplicas,
          input.overridePolicies,
        )
      : {
          changes: [],
          appliedPolicies: [],
          error: {
            reason: 'ClusterNotFound',
            message: `cluster ${name} is not in the fleet`,
          },
        };
    return {
      cluster: name,
      replicas: clusterReplicas,
      ...manifest,
      ...(cluster
        ? {
            facts: {
              provider: cluster.spec?.provider,
              region: cluster.spec?.region,
              zones: clusterZones(cluster),
              ready: clusterReady(cluster),
            },
          }
        : {}),
      expectedReplicas: expectedMap.get(name),
      scheduledReplicas: scheduled.get(name),
      status: running.get(name),
    };
  });
  const labels = d.metadata.labels ?? {};
  const annotations = d.metadata.annotations ?? {};
  const rollout = deploymentRollout(d, binding);
  return {
    instance: input.instance,
    namespace: d.metadata.namespace,
    name: d.metadata.name,
    kubernetesId: labels[LABEL_KUBERNETES_ID],
    managed: labels[LABEL_MANAGED_BY] === MANAGED_BY_VALUE,
    initiator: annotations[ANNOTATION_CREATED_BY],
    template: annotations[ANNOTATION_TEMPLATE],
    health: workloadHealth(
      binding,
      isSuspended(pp) || binding?.spec.suspension?.dispatching === true,
      isRolloutYoung(rollout, input.now ?? Date.now()),
    ),
    ...(rollout ? { rollout } : {}),
    replicas,
    resource: template as KubernetesObject,
    ...(pp || governing.claimed
      ? {
          propagationPolicy: {
            kind: governing.kind,
            name: governing.name,
            namespace: governing.namespace,
            placement,
            suspended: isSuspended(pp),
          },
        }
      : {}),
    overridePolicies: dedupePolicies(clusters),
    ...(binding
      ? {
          binding: {
            name: binding.metadata.name ?? '',
            clusters: binding.spec.clusters ?? [],
            scheduled: bindingCondition(binding, 'Scheduled'),
            fullyApplied: bindingCondition(binding, 'FullyApplied'),
          },
        }
      : {}),
    expected: expected && toPlacementPreviewDto(expected),
    clusters,
    differences: placementDifferences(clusters),
    dependencies: detectDependencies(d).map(dep => ({
      ...dep,
      status: input.dependencyBound(dep.kind, dep.name) ? 'present' : 'unknown',
    })),
  };
}

function dedupePolicies(clusters: PlacementClusterDto[]) {
  const seen = new Map<
    string,
    {
      kind: 'OverridePolicy' | 'ClusterOverridePolicy';
      name: string;
      namespace?: string;
    }
  >();
  for (const c of clusters) {
    for (const p of c.appliedPolicies)
      seen.set(`${p.kind}/${p.namespace ?? ''}/${p.name}`, {
        kind: p.kind,
        name: p.name,
        ...(p.namespace ? { namespace: p.namespace } : {}),
      });
  }
  return [...seen.values()];
}
