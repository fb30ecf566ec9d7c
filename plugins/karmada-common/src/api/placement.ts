import type { ConditionDto } from './common';
import type { KubernetesObject, Placement, TargetCluster } from '../types';
import type { PlacementPreviewDto } from './preview';
import type { PlacementDifferenceDto } from './apply';
import type { ClusterManifestDto, DependencyDto } from './render';
import type { RolloutDto, WorkloadHealth } from './workloads';

/**
 * Facts about a cluster shown beside its replicas.
 *
 * @public
 */
export interface PlacementClusterFactsDto {
  provider?: string;
  region?: string;
  zones: string[];
  ready: ConditionDto;
}

/**
 * What Karmada aggregated back from one member cluster.
 *
 * @public
 */
export interface ClusterWorkloadStatusDto {
  applied?: boolean;
  appliedMessage?: string;
  health?: string;
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  updatedReplicas?: number;
}

/**
 * One cluster of a workload's placement: expected, scheduled, running, and
 * what it receives.
 *
 * @public
 */
export interface PlacementClusterDto extends ClusterManifestDto {
  /** Undefined when the cluster is no longer in the fleet. */
  facts?: PlacementClusterFactsDto;
  /** Replicas the preview expects now. */
  expectedReplicas?: number;
  /** Replicas in the ResourceBinding. */
  scheduledReplicas?: number;
  status?: ClusterWorkloadStatusDto;
}

/**
 * An OverridePolicy or ClusterOverridePolicy that matches the workload.
 *
 * @public
 */
export interface PolicyRefDto {
  kind:
    | 'PropagationPolicy'
    | 'ClusterPropagationPolicy'
    | 'OverridePolicy'
    | 'ClusterOverridePolicy';
  name: string;
  namespace?: string;
}

/**
 * `GET /workloads/:instance/:namespace/:name/placement`
 * response, served from the watch cache.
 *
 * @public
 */
export interface WorkloadPlacementResponse {
  instance: string;
  namespace: string;
  name: string;
  kubernetesId?: string;
  managed: boolean;
  initiator?: string;
  template?: string;
  health: WorkloadHealth;
  /** The current rollout, when its start is known (see {@link RolloutDto}). */
  rollout?: RolloutDto;
  replicas: number;
  /** The Deployment as the template (status and managedFields removed). */
  resource: KubernetesObject;
  propagationPolicy?: PolicyRefDto & {
    placement?: Placement;
    suspended: boolean;
  };
  overridePolicies: PolicyRefDto[];
  binding?: {
    name: string;
    clusters: TargetCluster[];
    scheduled?: ConditionDto;
    fullyApplied?: ConditionDto;
  };
  /** Preview over the current fleet with the policy's placement; null without a policy. */
  expected: PlacementPreviewDto | null;
  /** Union of expected, scheduled and running clusters, sorted by name. */
  clusters: PlacementClusterDto[];
  /** Clusters where expected, scheduled and running disagree. */
  differences: PlacementDifferenceDto[];
  dependencies: DependencyDto[];
}
