import { LabelSelector } from './meta';

/**
 * A field selector requirement of a cluster affinity (keys provider, region, zone).
 *
 * @public
 */
export interface FieldSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

/**
 * Karmada's `ClusterAffinity`: which clusters a placement (or an override rule) targets.
 *
 * @public
 */
export interface ClusterAffinity {
  labelSelector?: LabelSelector;
  fieldSelector?: { matchExpressions?: FieldSelectorRequirement[] };
  clusterNames?: string[];
  exclude?: string[];
}

/**
 * One overflow group of a `clusterAffinities` term (`OverflowClusterAffinity`).
 *
 * @public
 */
export interface OverflowClusterAffinity extends ClusterAffinity {
  affinityName: string;
}

/**
 * One term of `placement.clusterAffinities`, tried in order.
 *
 * @public
 */
export interface ClusterAffinityTerm extends ClusterAffinity {
  affinityName: string;
  overflowAffinities?: OverflowClusterAffinity[];
}

/**
 * A toleration of cluster taints (`corev1.Toleration`).
 *
 * @public
 */
export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal' | string;
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | string;
  tolerationSeconds?: number;
}

/**
 * A spread constraint (`placement.spreadConstraints[]`).
 *
 * @public
 */
export interface SpreadConstraint {
  spreadByField?: 'cluster' | 'region' | 'zone' | 'provider' | string;
  spreadByLabel?: string;
  maxGroups?: number;
  minGroups?: number;
}

/**
 * A static weight rule (`weightPreference.staticWeightList[]`).
 *
 * @public
 */
export interface StaticClusterWeight {
  targetCluster: ClusterAffinity;
  weight: number;
}

/**
 * Karmada's `ClusterPreferences`.
 *
 * @public
 */
export interface ClusterPreferences {
  staticWeightList?: StaticClusterWeight[];
  dynamicWeight?: 'AvailableReplicas' | string;
}

/**
 * Karmada's `ReplicaSchedulingStrategy`.
 *
 * @public
 */
export interface ReplicaSchedulingStrategy {
  replicaSchedulingType?: 'Duplicated' | 'Divided' | string;
  replicaDivisionPreference?: 'Aggregated' | 'Weighted' | string;
  weightPreference?: ClusterPreferences;
}

/**
 * Karmada's `Placement`.
 *
 * @public
 */
export interface Placement {
  clusterAffinity?: ClusterAffinity;
  clusterAffinities?: ClusterAffinityTerm[];
  clusterTolerations?: Toleration[];
  spreadConstraints?: SpreadConstraint[];
  replicaScheduling?: ReplicaSchedulingStrategy;
}

/**
 * The resources one replica needs (`ReplicaRequirements` of a ResourceBinding).
 *
 * @public
 */
export interface ReplicaRequirements {
  nodeClaim?: {
    nodeSelector?: Record<string, string>;
    hardNodeAffinity?: unknown;
    tolerations?: unknown[];
  };
  resourceRequest?: Record<string, string | number>;
  namespace?: string;
  priorityClassName?: string;
}
