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
  policy: KubernetesObject = propagationPolicy,
) {
  const inputs: PlanInputs = {
    clusters: fleet,
    policy,
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

  describe('whether the policy selects the Deployment (Karmada’s ResourceMatches)', () => {
    const selecting = (
      resourceSelectors: unknown,
      metadata: Record<string, unknown> = { name: 'web', namespace: 'shop' },
      kind = 'PropagationPolicy',
    ): KubernetesObject => ({
      ...propagationPolicy,
      kind,
      metadata,
      spec: {
        placement: (propagationPolicy.spec as { placement: unknown }).placement,
        resourceSelectors,
      },
    });
    const deploymentSelector = { apiVersion: 'apps/v1', kind: 'Deployment' };

    it.each<[string, KubernetesObject, string | undefined]>([
      [
        'by name',
        selecting([{ ...deploymentSelector, name: 'web' }]),
        undefined,
      ],
      [
        'by labels',
        selecting([
          {
            ...deploymentSelector,
            labelSelector: { matchLabels: { app: 'web' } },
          },
        ]),
        undefined,
      ],
      [
        'every Deployment of the namespace',
        selecting([deploymentSelector]),
        undefined,
      ],
      [
        'one of several selectors',
        selecting([
          { ...deploymentSelector, name: 'api' },
          { ...deploymentSelector, name: 'web' },
        ]),
        undefined,
      ],
      [
        'a ClusterPropagationPolicy naming the namespace',
        selecting(
          [{ ...deploymentSelector, namespace: 'shop' }],
          { name: 'web' },
          'ClusterPropagationPolicy',
        ),
        undefined,
      ],
      [
        'another name',
        selecting([{ ...deploymentSelector, name: 'api' }]),
        'resourceSelectors[0]: name api, not web',
      ],
      [
        'another kind',
        selecting([
          { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web' },
        ]),
        'resourceSelectors[0]: kind StatefulSet, not Deployment',
      ],
      [
        'another apiVersion',
        selecting([{ apiVersion: 'apps/v1beta1', kind: 'Deployment' }]),
        'resourceSelectors[0]: apiVersion apps/v1beta1, not apps/v1',
      ],
      [
        'another namespace in the selector',
        selecting(
          [{ ...deploymentSelector, namespace: 'other' }],
          { name: 'web' },
          'ClusterPropagationPolicy',
        ),
        'resourceSelectors[0]: namespace other, not shop',
      ],
      [
        'labels the Deployment does not have',
        selecting([
          {
            ...deploymentSelector,
            labelSelector: {
              matchLabels: { app: 'api' },
              matchExpressions: [{ key: 'tier', operator: 'Exists' }],
            },
          },
        ]),
        'resourceSelectors[0]: labelSelector (app=api, a tier label) does not match its labels (app=web)',
      ],
      [
        'an invalid labelSelector',
        selecting([
          {
            ...deploymentSelector,
            labelSelector: {
              matchExpressions: [{ key: 'app', operator: 'In', values: [] }],
            },
          },
        ]),
        'resourceSelectors[0]: labelSelector is invalid (matchExpressions: values: must be specified when operator is In), so it selects nothing',
      ],
      [
        'a PropagationPolicy of another namespace',
        selecting([{ ...deploymentSelector, name: 'web' }], {
          name: 'web',
          namespace: 'other',
        }),
        'the policy is in namespace other, and a PropagationPolicy selects only resources of its own namespace (the Deployment is in shop)',
      ],
      [
        'no resourceSelectors',
        selecting(undefined),
        'it has no resourceSelectors',
      ],
      [
        'several selectors, none matching',
        selecting([
          { ...deploymentSelector, name: 'api' },
          { apiVersion: 'v1', kind: 'Service', name: 'web' },
        ]),
        'resourceSelectors[0]: name api, not web; resourceSelectors[1]: apiVersion v1, not apps/v1',
      ],
    ])('%s', (_, policy, why) => {
      const result = plan([], deployment, policy);
      expect(result.policy.selectsWorkload).toBe(why === undefined);
      expect(result.notes).toEqual(
        why === undefined
          ? []
          : [
              `${policy.kind} web does not select Deployment web (${why}): Karmada would not propagate it with this policy`,
            ],
      );
      // The placement is previewed either way.
      expect(result.preview.schedulable).toBe(true);
    });
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
