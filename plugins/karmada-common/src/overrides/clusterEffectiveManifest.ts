import { Cluster, KubernetesObject, OverridePolicy } from '../types';
import { explainOverrides } from './explainOverrides';
import { OverrideError, OverrideErrorReason } from './OverrideError';
import { AppliedPolicy, AttributedChange } from './types';

/**
 * What one member cluster receives for a workload, and why.
 *
 * @public
 */
export interface ClusterEffectiveManifest {
  /**
   * Karmada's replica revision (done before the overrides), when it changes
   * the template's `spec.replicas`; not an override change.
   */
  replicaRevision?: { before: number; after: number };
  /** Differences from the (replica-revised) template, each with its rule. */
  changes: AttributedChange[];
  /** Policies with rules that matched the cluster, in application order. */
  appliedPolicies: AppliedPolicy[];
  /** The effective manifest; absent when the overrides fail (the cluster gets nothing). */
  manifest?: KubernetesObject;
  /** Why the overrides fail: Karmada then creates no Work for the cluster. */
  error?: { reason: OverrideErrorReason; message: string };
}

function templateReplicas(template: KubernetesObject): number {
  const replicas = (template.spec as { replicas?: unknown } | undefined)
    ?.replicas;
  // The API server defaults an unset spec.replicas to 1.
  return typeof replicas === 'number' ? replicas : 1;
}

/**
 * The manifest Karmada's binding controller sends one cluster: the template
 * with `spec.replicas` revised to the cluster's scheduled count when the
 * binding has replicas (`ReviseReplica`, before the overrides, which
 * therefore see and may change the cluster's count — overrides SEMANTICS
 * §1), then the (Cluster)OverridePolicies through the override engine. The
 * CLI's `plan`, the backend's render and placement routes all call this, so
 * what they show per cluster is the same.
 *
 * @param template - the resource template (status and server fields removed)
 * @param cluster - the member cluster
 * @param replicas - the replicas scheduled (or previewed) there; undefined when unknown
 * @param policies - every policy to consider; the engine picks the ones that apply
 * @public
 */
export function clusterEffectiveManifest(
  template: KubernetesObject,
  cluster: Cluster,
  replicas: number | undefined,
  policies: OverridePolicy[],
): ClusterEffectiveManifest {
  const before = templateReplicas(template);
  const revise = replicas !== undefined && before > 0;
  const resource = revise
    ? { ...template, spec: { ...(template.spec as object), replicas } }
    : template;
  const head =
    revise && replicas !== before
      ? { replicaRevision: { before, after: replicas } }
      : {};
  try {
    const explained =
      policies.length > 0
        ? explainOverrides(resource, cluster, policies)
        : { resource, changes: [], appliedPolicies: [] };
    return {
      ...head,
      changes: explained.changes,
      appliedPolicies: explained.appliedPolicies,
      manifest: explained.resource,
    };
  } catch (e) {
    if (e instanceof OverrideError) {
      return {
        ...head,
        changes: [],
        appliedPolicies: [],
        error: { reason: e.reason, message: e.message },
      };
    }
    throw e;
  }
}
