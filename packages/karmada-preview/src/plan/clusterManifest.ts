import {
  Cluster,
  KubernetesObject,
  OverridePolicy,
  clusterEffectiveManifest,
} from '@karmada-backstage/plugin-karmada-common';
import { ClusterPlan } from './types';

/**
 * One cluster of the scheduling result.
 *
 * @public
 */
export interface ClusterTarget {
  cluster: Cluster;
  /** Replicas the placement gives the cluster. */
  replicas: number;
  /** Set when Karmada's UID-based tie-break decides the count. */
  possibleReplicas?: number[];
}

/**
 * What one selected cluster receives, computed as Karmada's binding
 * controller does (karmada-common's `clusterEffectiveManifest`, the same
 * call as the backend's render and placement routes): the template with
 * the cluster's replica count, then the overrides. The replica revision is
 * reported on its own, not as an override change; an override that fails
 * is reported, not thrown (Karmada then creates no Work for that cluster).
 *
 * @param template - the resource template (see `resourceTemplate`)
 * @param target - the cluster and the replicas the placement gives it
 * @param policies - every (Cluster)OverridePolicy given; the engine picks the ones that apply
 *
 * @public
 */
export function clusterManifest(
  template: KubernetesObject,
  target: ClusterTarget,
  policies: OverridePolicy[],
): ClusterPlan {
  return {
    name: target.cluster.metadata?.name ?? '',
    replicas: target.replicas,
    ...(target.possibleReplicas
      ? { possibleReplicas: target.possibleReplicas }
      : {}),
    ...clusterEffectiveManifest(
      template,
      target.cluster,
      target.replicas,
      policies,
    ),
  };
}
