import type {
  Cluster,
  KubernetesObject,
  OverridePolicy,
} from '@karmada-backstage/plugin-karmada-common';

// Small objects shared by the plan tests: a one-container Deployment,
// clusters with the labels the policies target, and policy builders.

/** A Deployment `shop/web` with 8 replicas and one container `web`. */
export const deployment: KubernetesObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } },
  spec: {
    replicas: 8,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'ghcr.io/example/web:1.0.0',
            env: [{ name: 'LOG_LEVEL', value: 'info' }],
            resources: { requests: { cpu: '500m' } },
          },
        ],
      },
    },
  },
};

/** A member cluster with a provider, region and labels. */
export function cluster(
  name: string,
  labels: Record<string, string> = {},
): Cluster {
  return {
    apiVersion: 'cluster.karmada.io/v1alpha1',
    kind: 'Cluster',
    metadata: { name, labels },
    spec: { provider: 'aws', region: 'us-east-1', zones: ['us-east-1a'] },
  };
}

/** An OverridePolicy (or ClusterOverridePolicy) selecting Deployment `web`. */
export function overridePolicy(
  kind: 'OverridePolicy' | 'ClusterOverridePolicy',
  name: string,
  overrideRules: unknown[],
  namespace: string | undefined = kind === 'OverridePolicy'
    ? 'shop'
    : undefined,
): OverridePolicy {
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: {
      resourceSelectors: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      ],
      overrideRules,
    },
  } as OverridePolicy;
}
