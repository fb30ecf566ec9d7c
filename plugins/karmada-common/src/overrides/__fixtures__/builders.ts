// Small builders for override-engine tests: wire-format objects with only
// the fields a case cares about.
import {
  Cluster,
  KubernetesObject,
  OverridePolicy,
  OverrideSpec,
  Overriders,
  RuleWithCluster,
} from '../../types';

/** A Deployment in `namespace` with one container. */
export function deployment(
  overrides: Partial<KubernetesObject> = {},
  namespace = 'default',
): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace, labels: { app: 'web' } },
    spec: {
      replicas: 2,
      template: {
        spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] },
      },
    },
    ...overrides,
  };
}

/** A member cluster. */
export function cluster(
  name = 'member1',
  extra: Partial<Cluster> = {},
): Cluster {
  return {
    apiVersion: 'cluster.karmada.io/v1alpha1',
    kind: 'Cluster',
    metadata: { name },
    ...extra,
  };
}

/** A ClusterOverridePolicy. */
export function clusterPolicy(
  name: string,
  spec: OverrideSpec,
): OverridePolicy {
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind: 'ClusterOverridePolicy',
    metadata: { name },
    spec,
  };
}

/** An OverridePolicy in `namespace`. */
export function namespacedPolicy(
  name: string,
  spec: OverrideSpec,
  namespace = 'default',
): OverridePolicy {
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind: 'OverridePolicy',
    metadata: { name, namespace },
    spec,
  };
}

/** One rule for every cluster (or the given target). */
export function rule(
  overriders: Overriders,
  targetCluster?: RuleWithCluster['targetCluster'],
): RuleWithCluster {
  return targetCluster === undefined
    ? { overriders }
    : { targetCluster, overriders };
}

/** Overriders that add the annotation `key: value`. */
export function annotate(key: string, value: string): Overriders {
  return {
    annotationsOverrider: [{ operator: 'add', value: { [key]: value } }],
  };
}
