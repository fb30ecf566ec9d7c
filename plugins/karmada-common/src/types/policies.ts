import { ClusterAffinity, Placement } from './placement';
import { Condition, LabelSelector, ObjectMeta } from './meta';

/**
 * A resource selector of a Karmada policy.
 *
 * @public
 */
export interface ResourceSelector {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
  labelSelector?: LabelSelector;
}

/**
 * Spec of a (Cluster)PropagationPolicy.
 *
 * @public
 */
export interface PropagationSpec {
  resourceSelectors: ResourceSelector[];
  propagateDeps?: boolean;
  placement?: Placement;
  priority?: number;
  preemption?: 'Always' | 'Never' | string;
  schedulerName?: string;
  conflictResolution?: 'Abort' | 'Overwrite' | string;
  activationPreference?: string;
  suspension?: {
    dispatching?: boolean;
    dispatchingOnClusters?: { clusterNames?: string[] };
  };
  preserveResourcesOnDeletion?: boolean;
  failover?: unknown;
  dependentOverrides?: string[];
}

/**
 * `policy.karmada.io/v1alpha1` PropagationPolicy.
 *
 * @public
 */
export interface PropagationPolicy {
  apiVersion?: string;
  kind?: 'PropagationPolicy' | string;
  metadata: ObjectMeta;
  spec: PropagationSpec;
}

/**
 * `policy.karmada.io/v1alpha1` ClusterPropagationPolicy.
 *
 * @public
 */
export interface ClusterPropagationPolicy {
  apiVersion?: string;
  kind?: 'ClusterPropagationPolicy' | string;
  metadata: ObjectMeta;
  spec: PropagationSpec;
}

/**
 * An image overrider.
 *
 * @public
 */
export interface ImageOverrider {
  predicate?: { path: string };
  component: 'Registry' | 'Repository' | 'Tag' | string;
  operator: 'add' | 'remove' | 'replace' | string;
  value?: string;
}

/**
 * A command or args overrider.
 *
 * @public
 */
export interface CommandArgsOverrider {
  containerName: string;
  operator: 'add' | 'remove' | string;
  value?: string[];
}

/**
 * A labels or annotations overrider.
 *
 * @public
 */
export interface LabelAnnotationOverrider {
  operator: 'add' | 'remove' | 'replace' | string;
  value?: Record<string, string>;
}

/**
 * A JSON or YAML patch operation inside a field overrider.
 *
 * @public
 */
export interface FieldPatchOperation {
  subPath: string;
  operator: 'add' | 'remove' | 'replace' | string;
  value?: unknown;
}

/**
 * A field overrider: patches JSON or YAML embedded in a string field.
 *
 * @public
 */
export interface FieldOverrider {
  fieldPath: string;
  json?: FieldPatchOperation[];
  yaml?: FieldPatchOperation[];
}

/**
 * A plaintext overrider: one JSON-patch operation.
 *
 * @public
 */
export interface PlaintextOverrider {
  path: string;
  operator: 'add' | 'remove' | 'replace' | string;
  value?: unknown;
}

/**
 * Karmada's `Overriders`.
 *
 * @public
 */
export interface Overriders {
  plaintext?: PlaintextOverrider[];
  imageOverrider?: ImageOverrider[];
  commandOverrider?: CommandArgsOverrider[];
  argsOverrider?: CommandArgsOverrider[];
  labelsOverrider?: LabelAnnotationOverrider[];
  annotationsOverrider?: LabelAnnotationOverrider[];
  fieldOverrider?: FieldOverrider[];
}

/**
 * One rule of an override policy.
 *
 * @public
 */
export interface RuleWithCluster {
  targetCluster?: ClusterAffinity | null;
  overriders: Overriders;
}

/**
 * Spec of a (Cluster)OverridePolicy.
 *
 * @public
 */
export interface OverrideSpec {
  resourceSelectors?: ResourceSelector[];
  overrideRules?: RuleWithCluster[];
  /** @deprecated use overrideRules */
  targetCluster?: ClusterAffinity | null;
  /** @deprecated use overrideRules */
  overriders?: Overriders;
}

/**
 * `policy.karmada.io/v1alpha1` OverridePolicy or ClusterOverridePolicy.
 *
 * @public
 */
export interface OverridePolicy {
  apiVersion?: string;
  kind?: 'OverridePolicy' | 'ClusterOverridePolicy' | string;
  metadata: ObjectMeta;
  spec: OverrideSpec;
}

/**
 * One cluster of a scheduling result (`ResourceBinding.spec.clusters[]`).
 *
 * @public
 */
export interface TargetCluster {
  name: string;
  replicas?: number;
}

/**
 * Per-cluster status Karmada aggregates back into the binding.
 *
 * @public
 */
export interface AggregatedStatusItem {
  clusterName: string;
  status?: Record<string, unknown>;
  applied?: boolean;
  appliedMessage?: string;
  health?: 'Healthy' | 'Unhealthy' | 'Unknown' | string;
}

/**
 * `work.karmada.io/v1alpha2` ResourceBinding.
 *
 * @public
 */
export interface ResourceBinding {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    resource: {
      apiVersion: string;
      kind: string;
      namespace?: string;
      name: string;
      uid?: string;
      resourceVersion?: string;
    };
    propagateDeps?: boolean;
    replicaRequirements?: unknown;
    replicas?: number;
    clusters?: TargetCluster[];
    placement?: Placement;
    schedulerName?: string;
    conflictResolution?: string;
    suspension?: PropagationSpec['suspension'];
    [key: string]: unknown;
  };
  status?: {
    schedulerObservedGeneration?: number;
    schedulerObservedAffinityName?: string;
    conditions?: Condition[];
    aggregatedStatus?: AggregatedStatusItem[];
    lastScheduledTime?: string;
  };
}
