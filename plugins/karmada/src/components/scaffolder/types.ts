// The values the scaffolder fields write into the form. They mirror
// karmada-common's workload spec (`placement`, `scheduling`, `differential`,
// container parts) so a template maps parameters to the spec one to one;
// while the user types they may be incomplete, hence every field optional.

/**
 * The placement modes: Specify clusters, Designated area, Specify labels.
 *
 * @public
 */
export type PlacementMode = 'clusters' | 'area' | 'labels';

/**
 * One "Specify labels" condition on member cluster labels.
 *
 * @public
 */
export interface ClusterLabelConditionValue {
  key: string;
  operator: 'Exists' | 'Equal' | 'In' | 'NotIn' | 'DoesNotExist';
  value?: string;
  values?: string[];
}

/**
 * A "Designated area": providers, regions and zones (any of each).
 *
 * @public
 */
export interface AreaValue {
  providers?: string[];
  regions?: string[];
  zones?: string[];
}

/**
 * One way of choosing clusters (the primary selection or a fallback).
 *
 * @public
 */
export interface ClusterSelectionValue {
  mode: PlacementMode;
  clusterNames?: string[];
  area?: AreaValue;
  labels?: ClusterLabelConditionValue[];
  exclude?: string[];
}

/**
 * A fallback selection, tried when the ones before it cannot place the workload.
 *
 * @public
 */
export interface FallbackValue extends ClusterSelectionValue {
  name: string;
}

/**
 * A toleration of member cluster taints.
 *
 * @public
 */
export interface ClusterTolerationValue {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: 'NoSchedule' | 'NoExecute';
}

/**
 * Minimum and maximum number of groups (regions or clusters).
 *
 * @public
 */
export interface GroupsValue {
  minGroups?: number;
  /** Required by the spec; undefined while the user has not typed it. */
  maxGroups?: number;
}

/**
 * Where the workload may run: karmada-common's `PlacementSpec` as the form writes it.
 *
 * @public
 */
export interface PlacementValue extends ClusterSelectionValue {
  tolerations?: ClusterTolerationValue[];
  spreadByRegion?: GroupsValue;
  spreadByCluster?: GroupsValue;
  fallbacks?: FallbackValue[];
}

/**
 * Replica scheduling types: Duplicated, Aggregated, Dynamic weight, static weights.
 *
 * @public
 */
export type SchedulingType =
  | 'Duplicated'
  | 'Aggregated'
  | 'DynamicWeight'
  | 'StaticWeight';

/**
 * A Kubernetes label selector on member cluster labels.
 *
 * @public
 */
export interface ClusterLabelSelectorValue {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }>;
}

/**
 * A static weight rule: clusters by name or by label selector (one of the
 * two), and their weight.
 *
 * @public
 */
export interface StaticWeightValue {
  clusterNames?: string[];
  labelSelector?: ClusterLabelSelectorValue;
  weight: number;
}

/**
 * How replicas are spread over the chosen clusters.
 *
 * @public
 */
export interface SchedulingValue {
  type: SchedulingType;
  weights?: StaticWeightValue[];
}

/**
 * The output of the `KarmadaPlacement` field: basic information, placement
 * and replica scheduling, plus the clusters the latest preview chose (for the
 * differential step; not part of the workload spec).
 *
 * @public
 */
export interface KarmadaPlacementValue {
  instance?: string;
  namespace?: string;
  name?: string;
  replicas?: number;
  placement?: PlacementValue;
  scheduling?: SchedulingValue;
  /** Clusters that will (or, on a tie, may) receive replicas, per the latest preview. */
  scheduledClusters?: string[];
}

/**
 * An image change for some clusters: any of registry, repository, tag.
 *
 * @public
 */
export interface ImageOverrideValue {
  registry?: string;
  repository?: string;
  tag?: string;
}

/**
 * Requests and limits, resource name → quantity.
 *
 * @public
 */
export interface ResourcesValue {
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

/**
 * One differential configuration item (karmada-common's `DifferentialItem`).
 *
 * @public
 */
export interface DifferentialItemValue {
  clusters: string[];
  container?: string;
  image?: ImageOverrideValue;
  command?: string[];
  args?: string[];
  env?: Array<{ name: string; value: string }>;
  resources?: ResourcesValue;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
