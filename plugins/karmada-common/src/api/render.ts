import type { KubernetesObject } from '../types';
import type { RenderedObject } from '../manifests';
import { PlacementPreviewDto } from './preview';
import { WorkloadSpecBody } from './common';

/**
 * One difference between a cluster's effective manifest and the template,
 * with the override rule that caused it (karmada-common `explainOverrides`).
 *
 * @public
 */
export interface OverrideChangeDto {
  /** JSON pointer (RFC 6901) of the changed field. */
  path: string;
  op: 'add' | 'remove' | 'replace';
  before?: unknown;
  after?: unknown;
  /** Readable path with named list entries: `spec.template.spec.containers[nginx].image`. */
  displayPath: string;
  /** The policy whose rule made the change. */
  policy: {
    kind: 'OverridePolicy' | 'ClusterOverridePolicy';
    namespace?: string;
    name: string;
  };
  /** Index of the rule in `spec.overrideRules`. */
  ruleIndex: number;
  /** Which overrider list (imageOverrider, plaintext, …). */
  overrider: string;
  /** Index of the entry within that overrider list. */
  overriderIndex: number;
}

/**
 * What one member cluster receives after OverridePolicies.
 *
 * @public
 */
export interface ClusterManifestDto {
  cluster: string;
  /** Replicas scheduled (or previewed) for this cluster. */
  replicas?: number;
  /**
   * The effective manifest: the template with the cluster's replica count
   * and the overrides applied. Absent when the overrides fail (`error`):
   * Karmada then sends the cluster nothing.
   */
  manifest?: KubernetesObject;
  /** Karmada's replica revision (before the overrides), when it changes `spec.replicas`. */
  replicaRevision?: { before: number; after: number };
  /** Differences from the template, each with its rule; empty when the cluster gets the template. */
  changes: OverrideChangeDto[];
  /** Policies with rules that matched this cluster, in application order. */
  appliedPolicies: Array<{
    kind: 'OverridePolicy' | 'ClusterOverridePolicy';
    namespace?: string;
    name: string;
    ruleIndexes: number[];
  }>;
  /** Why the effective manifest could not be computed (an override that fails in Karmada too). */
  error?: { reason: string; message: string };
}

/**
 * A ConfigMap or Secret the workload refers to (karmada-common
 * `detectDependencies`) and whether it exists in the namespace of the
 * Karmada control plane (with propagateDeps Karmada propagates it along).
 *
 * @public
 */
export interface DependencyDto {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  /** Pod spec paths of the references, e.g. `containers[0].env[2]`, `volumes[1]`. */
  referencedBy: string[];
  /** `present`, `missing`, or `unknown` when it could not be checked. */
  status: 'present' | 'missing' | 'unknown';
}

/**
 * `POST /render` body.
 *
 * @public
 */
export interface RenderRequest {
  /** Must match `spec.instance` when given. */
  instance?: string;
  spec: WorkloadSpecBody;
  /** The software template (entity ref) recorded in the objects' annotations. */
  template?: string;
}

/**
 * `POST /render` response.
 *
 * @public
 */
export interface RenderResponse {
  instance: string;
  /** Deployment, PropagationPolicy, OverridePolicy (when there are differential items). */
  objects: RenderedObject[];
  /** The same objects as one multi-document YAML. */
  yaml: string;
  dependencies: DependencyDto[];
  /** Things worth knowing before applying (e.g. the catalog entity lacks the kubernetes-id annotation). */
  warnings?: string[];
  preview: PlacementPreviewDto;
  /** One entry per previewed cluster. */
  clusters: ClusterManifestDto[];
}
