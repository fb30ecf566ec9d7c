import { Condition, ObjectMeta } from './meta';

/**
 * A Kubernetes quantity in wire form: a string such as `"4Gi"` or a bare number.
 *
 * @public
 */
export type QuantityValue = string | number;

/**
 * A map of resource names to quantities (`corev1.ResourceList`).
 *
 * @public
 */
export type ResourceList = Record<string, QuantityValue>;

/**
 * A cluster taint (`corev1.Taint`); Karmada allows NoSchedule and NoExecute.
 *
 * @public
 */
export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | string;
  timeAdded?: string;
}

/**
 * One resource of an API group version a member cluster serves.
 *
 * @public
 */
export interface APIResource {
  name: string;
  kind: string;
}

/**
 * The resources a member cluster serves for one group version.
 *
 * @public
 */
export interface APIEnablement {
  groupVersion: string;
  resources?: APIResource[];
}

/**
 * A resource model grade of a cluster (`spec.resourceModels[]`).
 *
 * @public
 */
export interface ResourceModel {
  grade: number;
  ranges: Array<{ name: string; min: QuantityValue; max: QuantityValue }>;
}

/**
 * Node counts per resource model grade (`status.resourceSummary.allocatableModelings[]`).
 *
 * @public
 */
export interface AllocatableModeling {
  grade: number;
  count: number;
}

/**
 * The resource summary the cluster status controller reports.
 *
 * @public
 */
export interface ResourceSummary {
  allocatable?: ResourceList;
  allocating?: ResourceList;
  allocated?: ResourceList;
  allocatableModelings?: AllocatableModeling[];
}

/**
 * A Karmada member cluster (`cluster.karmada.io/v1alpha1` `Cluster`).
 *
 * @public
 */
export interface Cluster {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta & { name: string };
  spec?: {
    id?: string;
    syncMode?: 'Push' | 'Pull' | string;
    apiEndpoint?: string;
    secretRef?: { namespace: string; name: string };
    impersonatorSecretRef?: { namespace: string; name: string };
    insecureSkipTLSVerification?: boolean;
    proxyURL?: string;
    provider?: string;
    region?: string;
    /** @deprecated Karmada reads `zones`; the API server migrates `zone` into it. */
    zone?: string;
    zones?: string[];
    taints?: Taint[];
    resourceModels?: ResourceModel[];
  };
  status?: {
    kubernetesVersion?: string;
    apiEnablements?: APIEnablement[];
    conditions?: Condition[];
    nodeSummary?: { totalNum?: number; readyNum?: number };
    resourceSummary?: ResourceSummary;
  };
}
