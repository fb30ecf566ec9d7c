import {
  Cluster,
  ClusterManifestDto,
  explainOverrides,
  KubernetesObject,
  OverrideError,
  OverridePolicy,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * What one cluster receives: the template with the override policies
 * applied, each difference attributed to its rule. An override that fails
 * (Karmada would then dispatch nothing to that cluster) is reported, not thrown.
 *
 * @public
 */
export function effectiveManifest(
  template: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
): Omit<ClusterManifestDto, 'cluster' | 'replicas'> {
  if (policies.length === 0)
    return { manifest: template, changes: [], appliedPolicies: [] };
  try {
    const e = explainOverrides(template, cluster, policies);
    return {
      manifest: e.resource,
      changes: e.changes,
      appliedPolicies: e.appliedPolicies,
    };
  } catch (err) {
    if (err instanceof OverrideError) {
      return {
        manifest: template,
        changes: [],
        appliedPolicies: [],
        error: { reason: err.reason, message: err.message },
      };
    }
    throw err;
  }
}
