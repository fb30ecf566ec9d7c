import { OverridePolicy } from '@karmada-backstage/plugin-karmada-common';
import { cluster, deployment, overridePolicy } from './__fixtures__/objects';
import { clusterManifest } from './clusterManifest';
import { ClusterPlan } from './types';

const east = cluster('aws-east', { env: 'prod', tier: 'gold' });
const west = cluster('aws-west', { env: 'prod' });
const dev = cluster('gcp-dev', { env: 'dev' });

// One policy, one rule per cluster: an image tag for aws-east, an env value for aws-west.
const perCluster = overridePolicy('OverridePolicy', 'web-op', [
  {
    targetCluster: { clusterNames: ['aws-east'] },
    overriders: {
      imageOverrider: [
        { component: 'Tag', operator: 'replace', value: '1.1.0-rc.1' },
      ],
    },
  },
  {
    targetCluster: { clusterNames: ['aws-west'] },
    overriders: {
      plaintext: [
        {
          path: '/spec/template/spec/containers/0/env/0/value',
          operator: 'replace',
          value: 'debug',
        },
      ],
    },
  },
]);
const fleetWide = overridePolicy('ClusterOverridePolicy', 'prod-registry', [
  {
    targetCluster: { labelSelector: { matchLabels: { env: 'prod' } } },
    overriders: {
      imageOverrider: [
        {
          component: 'Registry',
          operator: 'replace',
          value: 'mirror.example.com',
        },
      ],
    },
  },
]);
const broken = overridePolicy('OverridePolicy', 'broken', [
  {
    targetCluster: { clusterNames: ['aws-west'] },
    overriders: {
      plaintext: [
        {
          path: '/spec/template/spec/nothing/here',
          operator: 'replace',
          value: 1,
        },
      ],
    },
  },
]);
const replicasOverride = overridePolicy('OverridePolicy', 'pin-replicas', [
  {
    overriders: {
      plaintext: [{ path: '/spec/replicas', operator: 'replace', value: 2 }],
    },
  },
]);

const image = (before: string, after: string) => ({
  path: '/spec/template/spec/containers/0/image',
  op: 'replace',
  displayPath: 'spec.template.spec.containers[web].image',
  before,
  after,
});
const op = (name: string) => ({
  kind: 'OverridePolicy',
  namespace: 'shop',
  name,
});

describe('clusterManifest', () => {
  it.each<{
    title: string;
    target: typeof east;
    policies: OverridePolicy[];
    expected: Partial<ClusterPlan>;
  }>([
    {
      title: 'an image override for one cluster',
      target: east,
      policies: [perCluster],
      expected: {
        changes: [
          {
            ...image(
              'ghcr.io/example/web:1.0.0',
              'ghcr.io/example/web:1.1.0-rc.1',
            ),
            policy: op('web-op'),
            ruleIndex: 0,
            overrider: 'imageOverrider',
            overriderIndex: 0,
          },
        ] as ClusterPlan['changes'],
        appliedPolicies: [
          { ...op('web-op'), ruleIndexes: [0] },
        ] as ClusterPlan['appliedPolicies'],
      },
    },
    {
      title: 'an env override for another cluster',
      target: west,
      policies: [perCluster],
      expected: {
        changes: [
          {
            path: '/spec/template/spec/containers/0/env/0/value',
            op: 'replace',
            displayPath:
              'spec.template.spec.containers[web].env[LOG_LEVEL].value',
            before: 'info',
            after: 'debug',
            policy: op('web-op'),
            ruleIndex: 1,
            overrider: 'plaintext',
            overriderIndex: 0,
          },
        ] as ClusterPlan['changes'],
        appliedPolicies: [
          { ...op('web-op'), ruleIndexes: [1] },
        ] as ClusterPlan['appliedPolicies'],
      },
    },
    {
      title: 'a ClusterOverridePolicy next to an OverridePolicy',
      target: west,
      policies: [perCluster, fleetWide],
      expected: {
        changes: [
          {
            ...image(
              'ghcr.io/example/web:1.0.0',
              'mirror.example.com/example/web:1.0.0',
            ),
            policy: { kind: 'ClusterOverridePolicy', name: 'prod-registry' },
            ruleIndex: 0,
            overrider: 'imageOverrider',
            overriderIndex: 0,
          },
          {
            path: '/spec/template/spec/containers/0/env/0/value',
            op: 'replace',
            displayPath:
              'spec.template.spec.containers[web].env[LOG_LEVEL].value',
            before: 'info',
            after: 'debug',
            policy: op('web-op'),
            ruleIndex: 1,
            overrider: 'plaintext',
            overriderIndex: 0,
          },
        ] as ClusterPlan['changes'],
        // ClusterOverridePolicies run first, as in Karmada.
        appliedPolicies: [
          {
            kind: 'ClusterOverridePolicy',
            name: 'prod-registry',
            ruleIndexes: [0],
          },
          { ...op('web-op'), ruleIndexes: [1] },
        ] as ClusterPlan['appliedPolicies'],
      },
    },
    {
      title: 'both kinds on one path: the last rule that touched it is named',
      target: east,
      policies: [perCluster, fleetWide],
      expected: {
        changes: [
          {
            ...image(
              'ghcr.io/example/web:1.0.0',
              'mirror.example.com/example/web:1.1.0-rc.1',
            ),
            policy: op('web-op'),
            ruleIndex: 0,
            overrider: 'imageOverrider',
            overriderIndex: 0,
          },
        ] as ClusterPlan['changes'],
        appliedPolicies: [
          {
            kind: 'ClusterOverridePolicy',
            name: 'prod-registry',
            ruleIndexes: [0],
          },
          { ...op('web-op'), ruleIndexes: [0] },
        ] as ClusterPlan['appliedPolicies'],
      },
    },
    {
      title: 'a cluster no rule targets',
      target: dev,
      policies: [perCluster, fleetWide],
      expected: { changes: [], appliedPolicies: [] },
    },
    {
      title: 'an override that fails',
      target: west,
      policies: [perCluster, broken],
      expected: {
        changes: [],
        appliedPolicies: [],
        error: {
          reason: 'JSONPatchError',
          message: expect.stringContaining('OverridePolicy shop/broken rule 0'),
        },
      },
    },
  ])('$title', ({ target, policies, expected }) => {
    const result = clusterManifest(
      deployment,
      { cluster: target, replicas: 4 },
      policies,
    );
    expect(result).toMatchObject({
      name: target.metadata.name,
      replicas: 4,
      ...expected,
    });
    expect(result.changes).toEqual(expected.changes);
    // A cluster whose overrides fail gets no manifest at all.
    expect(result.manifest === undefined).toBe(expected.error !== undefined);
  });

  it('revises the replicas before the overrides and reports the revision apart', () => {
    const plain = clusterManifest(
      deployment,
      { cluster: dev, replicas: 3 },
      [],
    );
    expect(plain.replicaRevision).toEqual({ before: 8, after: 3 });
    expect(plain.changes).toEqual([]);
    expect(plain.manifest).toEqual({
      ...deployment,
      spec: { ...(deployment.spec as object), replicas: 3 },
    });

    // An override of spec.replicas sees the cluster's count, not the template's.
    const pinned = clusterManifest(deployment, { cluster: dev, replicas: 3 }, [
      replicasOverride,
    ]);
    expect(pinned.replicaRevision).toEqual({ before: 8, after: 3 });
    expect(pinned.changes).toMatchObject([
      {
        displayPath: 'spec.replicas',
        before: 3,
        after: 2,
        overrider: 'plaintext',
      },
    ]);
    expect((pinned.manifest?.spec as { replicas: number }).replicas).toBe(2);
  });

  it.each([
    ['the count is the template’s (Duplicated)', 8, 8, 8],
    ['the template has no replicas (Karmada does not revise)', 0, 0, 0],
  ])(
    'reports no revision when %s',
    (_, templateReplicas, replicas, expected) => {
      const template = {
        ...deployment,
        spec: { ...(deployment.spec as object), replicas: templateReplicas },
      };
      const result = clusterManifest(template, { cluster: east, replicas }, []);
      expect(result.replicaRevision).toBeUndefined();
      expect((result.manifest?.spec as { replicas: number }).replicas).toBe(
        expected,
      );
    },
  );

  it('reports the possible counts of a tie', () => {
    expect(
      clusterManifest(
        deployment,
        { cluster: east, replicas: 4, possibleReplicas: [3, 4] },
        [],
      ).possibleReplicas,
    ).toEqual([3, 4]);
  });
});
