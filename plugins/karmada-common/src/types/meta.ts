/**
 * Kubernetes object metadata as Karmada's API server sends it (the subset
 * the plugins read and write).
 *
 * @public
 */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller?: boolean;
  }>;
  managedFields?: unknown[];
}

/**
 * A label selector requirement (`metav1.LabelSelectorRequirement`).
 *
 * @public
 */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

/**
 * A label selector (`metav1.LabelSelector`): matchLabels and matchExpressions, ANDed.
 *
 * @public
 */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

/**
 * A status condition (`metav1.Condition`).
 *
 * @public
 */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown' | string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
}

/**
 * Any Kubernetes object in wire form.
 *
 * @public
 */
export interface KubernetesObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [key: string]: unknown;
}

/**
 * A Kubernetes list object (`kubectl get … -o json`).
 *
 * @public
 */
export interface KubernetesList<T> {
  apiVersion?: string;
  kind?: string;
  metadata?: { resourceVersion?: string; continue?: string };
  items: T[];
}
