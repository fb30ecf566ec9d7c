import {
  applyOverridePolicies,
  diffManifests,
  renderWorkload,
  type KubernetesObject,
  type ManifestChange,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * What one target cluster receives compared with the default.
 *
 * @public
 */
export interface ClusterDiff {
  cluster: string;
  changes: ManifestChange[];
  /** Set when Karmada would produce no manifest for the cluster. */
  error?: string;
}

/**
 * Renders the spec locally with karmada-common (the same renderer and
 * override engine as the backend and Karmada's override manager) and diffs
 * each target cluster's effective Deployment against the default one.
 * Instant and offline, so the diffs follow every keystroke; returns the
 * validation message instead when the spec cannot be rendered yet.
 *
 * @public
 */
export function computeClusterDiffs(
  spec: Record<string, unknown>,
  clusters: string[],
):
  | { diffs: ClusterDiff[]; error?: undefined }
  | { diffs?: undefined; error: string } {
  let rendered;
  try {
    rendered = renderWorkload(spec);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const policies = rendered.overridePolicy ? [rendered.overridePolicy] : [];
  const template = rendered.deployment as unknown as KubernetesObject;
  const diffs = clusters.map(cluster => {
    try {
      const { resource } = applyOverridePolicies(
        template,
        {
          apiVersion: 'cluster.karmada.io/v1alpha1',
          kind: 'Cluster',
          metadata: { name: cluster },
          spec: {},
        },
        policies,
      );
      return { cluster, changes: diffManifests(template, resource) };
    } catch (e) {
      return {
        cluster,
        changes: [],
        error: e instanceof Error ? e.message : String(e),
      };
    }
  });
  return { diffs };
}
