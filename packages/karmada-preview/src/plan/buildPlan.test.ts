import {
  KubernetesObject,
  OverridePolicy,
} from '@karmada-backstage/plugin-karmada-common';
import { cluster, deployment, overridePolicy } from './__fixtures__/objects';
import { buildPlan } from './buildPlan';
import { PlanInputs } from './types';

// Clusters the scheduler can place on: Deployment API and room for pods.
const member = (name: string, env: string, pods: number) => ({
  ...cluster(name, { env }),
  status: {
    apiEnablements: [
      {
        groupVersion: 'apps/v1',
        resources: [{ name: 'deployments', kind: 'Deployment' }],
      },
    ],
    resourceSummary: { allocatable: { pods: String(pods), cpu: '16' } },
  },
});

const fleet = [
  member('prod-a', 'prod', 30),
  member('prod-b', 'prod', 10),
  member('dev-a', 'dev', 50),
];

const propagationPolicy: KubernetesObject = {
  apiVersion: 'policy.karmada.io/v1alpha1',
  kind: 'PropagationPolicy',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    resourceSelectors: [
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    ],
    placement: {
      clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    },
  },
};

const tagFor = (clusterName: string, tag: string, namespace?: string) =>
  overridePolicy(
    'OverridePolicy',
    `tag-${clusterName}`,
    [
      {
        targetCluster: { clusterNames: [clusterName] },
        overriders: {
          imageOverrider: [
            { component: 'Tag', operator: 'replace', value: tag },
          ],
        },
      },
    ],
    namespace,
  );

function plan(
  overridePolicies: OverridePolicy[],
  workload: KubernetesObject = deployment,
) {
  const inputs: PlanInputs = {
    clusters: fleet,
    policy: propagationPolicy,
    overridePolicies,
    workload,
    files: { clusters: 'fleet.yaml', policy: 'pp.yaml', workload: 'web.yaml' },
  };
  return buildPlan(inputs);
}

const images = (result: ReturnType<typeof plan>) =>
  Object.fromEntries(
    result.clusters.map(c => [c.name, c.changes.map(ch => ch.after)]),
  );

describe('buildPlan', () => {
  it('computes what each selected cluster receives, in Karmada’s order', () => {
    const result = plan([tagFor('prod-b', '2.0.0')]);
    expect(result.preview.clusters).toEqual([
      { name: 'prod-a', replicas: 6 },
      { name: 'prod-b', replicas: 2 },
    ]);
    expect(
      result.clusters.map(c => [c.name, c.replicas, c.replicaRevision]),
    ).toEqual([
      ['prod-a', 6, { before: 8, after: 6 }],
      ['prod-b', 2, { before: 8, after: 2 }],
    ]);
    expect(images(result)).toEqual({
      'prod-a': [],
      'prod-b': ['ghcr.io/example/web:2.0.0'],
    });
    expect(result.notes).toEqual([]);
  });

  it('notes OverridePolicies of another namespace, which Karmada ignores', () => {
    const result = plan([
      tagFor('prod-a', '2.0.0', 'other'),
      tagFor('prod-b', '2.0.0', ''),
    ]);
    expect(images(result)).toEqual({ 'prod-a': [], 'prod-b': [] });
    expect(result.notes).toEqual([
      "OverridePolicy other/tag-prod-a is not in Deployment shop/web's namespace: Karmada applies only OverridePolicies of the resource's own namespace",
      "OverridePolicy default/tag-prod-b (no metadata.namespace) is not in Deployment shop/web's namespace: Karmada applies only OverridePolicies of the resource's own namespace",
    ]);
  });

  it('reads a workload and a policy without namespaces as both in default', () => {
    const { namespace: _, ...metadata } = deployment.metadata ?? {};
    const result = plan([tagFor('prod-b', '2.0.0', '')], {
      ...deployment,
      metadata,
    });
    expect(images(result)['prod-b']).toEqual(['ghcr.io/example/web:2.0.0']);
    expect(result.clusters[1].manifest?.metadata?.namespace).toBe('default');
    // The given policies are reported as given.
    expect(result.overridePolicies[0].metadata.namespace).toBeUndefined();
  });

  it('sends no status or server bookkeeping (kubectl get -o yaml input)', () => {
    const result = plan([], {
      ...deployment,
      metadata: {
        ...deployment.metadata,
        uid: 'u-1',
        resourceVersion: '42',
        generation: 3,
        managedFields: [{ manager: 'kubectl' }],
      },
      status: { replicas: 8 },
    });
    expect(result.clusters[0].manifest).toEqual({
      ...deployment,
      spec: { ...(deployment.spec as object), replicas: 6 },
    });
  });
});
