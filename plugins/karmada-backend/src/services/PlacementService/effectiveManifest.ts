import {
  Cluster,
  ClusterManifestDto,
  clusterEffectiveManifest,
  KubernetesObject,
  OverridePolicy,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * What one cluster receives: the template with the cluster's replica count
 * and the override policies applied, each difference attributed to its
 * rule (karmada-common's `clusterEffectiveManifest`, which `karmada-preview
 * plan` uses too). An override that fails (Karmada then dispatches nothing
 * to that cluster) is reported, not thrown.
 *
 * @public
 */
export function effectiveManifest(
  template: KubernetesObject,
  cluster: Cluster,
  replicas: number | undefined,
  policies: OverridePolicy[],
): Omit<ClusterManifestDto, 'cluster' | 'replicas'> {
  return clusterEffectiveManifest(template, cluster, replicas, policies);
}
