import {
  Cluster,
  createFleetSnapshot,
  KubernetesObject,
  previewPlacement,
  replicaRequirementsFromPodTemplate,
  ReplicaRequirements,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { startEmulator } from '../startEmulator';
import { Emulator } from '../createEmulatorHandle';

const RB = 'work.karmada.io/v1alpha2';
const WORK = 'work.karmada.io/v1alpha1';

function deployment(
  name: string,
  namespace: string,
  replicas: number,
  extra: Record<string, unknown> = {},
): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'ghcr.io/acme/web:1.0',
              resources: { requests: { cpu: '500m', memory: '512Mi' } },
              ...extra,
            },
          ],
        },
      },
    },
  };
}

function policy(
  name: string,
  namespace: string,
  placement: Record<string, unknown>,
  spec: Record<string, unknown> = {},
): KubernetesObject {
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind: 'PropagationPolicy',
    metadata: { name, namespace },
    spec: {
      resourceSelectors: [{ apiVersion: 'apps/v1', kind: 'Deployment', name }],
      placement,
      ...spec,
    },
  };
}

const dynamicProd = {
  clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

describe('the control loop', () => {
  let emulator: Emulator;
  const binding = (name: string, namespace = 'team-a') =>
    emulator.get(
      RB,
      'ResourceBinding',
      `${name}-deployment`,
      namespace,
    ) as unknown as ResourceBinding | undefined;
  const worksOf = (bindingName: string) =>
    emulator
      .list(WORK, 'Work')
      .filter(
        w =>
          w.metadata?.annotations?.['resourcebinding.karmada.io/name'] ===
          bindingName,
      );

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, readyAfterMs: 0 });
  });
  afterAll(() => emulator.close());

  it('schedules a Deployment claimed by a PropagationPolicy exactly as previewPlacement does on the same fleet', async () => {
    const workload = deployment('web', 'team-a', 10);
    emulator.apply([workload, policy('web', 'team-a', dynamicProd)]);
    await emulator.settled();

    const rb = binding('web');
    expect(rb?.spec.placement).toEqual(dynamicProd);
    const clusters = emulator.list(
      'cluster.karmada.io/v1alpha1',
      'Cluster',
    ) as unknown as Cluster[];
    const expected = previewPlacement(createFleetSnapshot(clusters), {
      placement: dynamicProd,
      replicas: 10,
      replicaRequirements: replicaRequirementsFromPodTemplate(
        (workload.spec as any).template.spec,
      ),
      bindingUID: rb?.metadata.uid,
    });
    expect(expected.schedulable).toBe(true);
    expect(rb?.spec.clusters).toEqual(expected.clusters);
    expect(rb?.spec.replicaRequirements).toEqual({
      resourceRequest: { cpu: '500m', memory: '512Mi' },
    });
    expect(rb?.status?.conditions).toContainEqual(
      expect.objectContaining({
        type: 'Scheduled',
        status: 'True',
        reason: 'Success',
        message: 'Binding has been scheduled successfully.',
      }),
    );
    expect(rb?.status?.schedulerObservedGeneration).toBe(
      rb?.metadata.generation,
    );

    const template = emulator.get('apps/v1', 'Deployment', 'web', 'team-a');
    expect(template?.metadata?.annotations).toMatchObject({
      'propagationpolicy.karmada.io/name': 'web',
      'propagationpolicy.karmada.io/namespace': 'team-a',
    });
    const pp = emulator.get(
      'policy.karmada.io/v1alpha1',
      'PropagationPolicy',
      'web',
      'team-a',
    );
    expect(
      template?.metadata?.labels?.['propagationpolicy.karmada.io/permanent-id'],
    ).toBe(pp?.metadata?.labels?.['propagationpolicy.karmada.io/permanent-id']);
    expect(rb?.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        uid: template?.metadata?.uid,
        controller: true,
      }),
    ]);
  });

  it('writes one Work per cluster with the replica count and the overrides applied, and aggregates a ready status', async () => {
    emulator.apply({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'OverridePolicy',
      metadata: { name: 'aws-mirror', namespace: 'team-a' },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        ],
        overrideRules: [
          {
            targetCluster: {
              fieldSelector: {
                matchExpressions: [
                  { key: 'provider', operator: 'In', values: ['aws'] },
                ],
              },
            },
            overriders: {
              imageOverrider: [
                {
                  component: 'Registry',
                  operator: 'replace',
                  value: 'mirror.aws.example.com',
                },
              ],
            },
          },
        ],
      },
    });
    await emulator.settled();
    const rb = binding('web');
    const works = worksOf('web-deployment');
    expect(works.map(w => w.metadata?.namespace).sort()).toEqual(
      (rb?.spec.clusters ?? []).map(c => `karmada-es-${c.name}`).sort(),
    );
    for (const target of rb?.spec.clusters ?? []) {
      const work = works.find(
        w => w.metadata?.namespace === `karmada-es-${target.name}`,
      );
      const manifest = (work?.spec as any).workload.manifests[0];
      expect(manifest.spec.replicas).toBe(target.replicas);
      expect(manifest.metadata).not.toHaveProperty('uid');
      const aws = target.name.startsWith('aws-');
      expect(manifest.spec.template.spec.containers[0].image).toBe(
        aws ? 'mirror.aws.example.com/acme/web:1.0' : 'ghcr.io/acme/web:1.0',
      );
      const applied =
        work?.metadata?.annotations?.['policy.karmada.io/applied-overrides'];
      expect(applied && JSON.parse(applied)).toEqual(
        aws
          ? [
              {
                policyName: 'aws-mirror',
                overriders: {
                  imageOverrider: [
                    {
                      component: 'Registry',
                      operator: 'replace',
                      value: 'mirror.aws.example.com',
                    },
                  ],
                },
              },
            ]
          : undefined,
      );
    }
    expect(rb?.status?.conditions).toContainEqual(
      expect.objectContaining({ type: 'FullyApplied', status: 'True' }),
    );
    expect(
      rb?.status?.aggregatedStatus?.map(a => [
        a.clusterName,
        a.applied,
        a.health,
        (a.status as any)?.readyReplicas,
      ]),
    ).toEqual(
      (rb?.spec.clusters ?? [])
        .map(c => [c.name, true, 'Healthy', c.replicas])
        .sort(),
    );
    const template = emulator.get('apps/v1', 'Deployment', 'web', 'team-a');
    expect(template?.status).toMatchObject({
      replicas: 10,
      readyReplicas: 10,
      availableReplicas: 10,
      updatedReplicas: 10,
    });
  });

  it('does not churn bindings or works when the same objects are applied again', async () => {
    const before = [binding('web'), ...worksOf('web-deployment')].map(
      o => o?.metadata?.resourceVersion,
    );
    emulator.apply([
      deployment('web', 'team-a', 10),
      policy('web', 'team-a', dynamicProd),
    ]);
    await emulator.settled();
    expect(
      [binding('web'), ...worksOf('web-deployment')].map(
        o => o?.metadata?.resourceVersion,
      ),
    ).toEqual(before);
  });

  it('reschedules when the replicas change', async () => {
    emulator.apply(deployment('web', 'team-a', 4));
    await emulator.settled();
    const rb = binding('web');
    expect(rb?.spec.replicas).toBe(4);
    expect(
      (rb?.spec.clusters ?? []).reduce((sum, c) => sum + (c.replicas ?? 0), 0),
    ).toBe(4);
  });

  it('reports NoClusterFit with Karmada’s message and clears the clusters', async () => {
    emulator.apply([
      deployment('edge', 'team-a', 2),
      policy('edge', 'team-a', {
        clusterAffinity: { clusterNames: ['onprem-frankfurt-edge'] },
      }),
    ]);
    await emulator.settled();
    const rb = binding('edge');
    expect(rb?.spec.clusters).toBeUndefined();
    const clusters = emulator.list(
      'cluster.karmada.io/v1alpha1',
      'Cluster',
    ) as unknown as Cluster[];
    const preview = previewPlacement(createFleetSnapshot(clusters), {
      placement: {
        clusterAffinity: { clusterNames: ['onprem-frankfurt-edge'] },
      },
      replicas: 2,
      replicaRequirements: rb?.spec.replicaRequirements as ReplicaRequirements,
    });
    expect(preview.schedulable).toBe(false);
    const scheduled = rb?.status?.conditions?.find(c => c.type === 'Scheduled');
    expect(scheduled).toMatchObject({
      status: 'False',
      reason: 'NoClusterFit',
    });
    expect(scheduled?.message).toMatch(
      /^0\/13 clusters are available: 1 cluster\(s\) did not have the API resource, /,
    );
    expect(scheduled?.message).toBe(
      preview.schedulable ? undefined : preview.error.message,
    );
  });

  it('falls back through clusterAffinities and records the term that succeeded', async () => {
    emulator.apply([
      deployment('fallback', 'team-b', 3),
      policy('fallback', 'team-b', {
        clusterAffinities: [
          { affinityName: 'gpu', clusterNames: ['alibaba-cn-hangzhou-gpu'] },
          { affinityName: 'central', clusterNames: ['gcp-us-central1-prod'] },
        ],
      }),
    ]);
    await emulator.settled();
    const rb = binding('fallback', 'team-b');
    expect(rb?.spec.clusters).toEqual([
      { name: 'gcp-us-central1-prod', replicas: 3 },
    ]);
    expect(rb?.status?.schedulerObservedAffinityName).toBe('central');
  });

  it('honours suspended dispatching: Works are written but not applied', async () => {
    emulator.apply([
      deployment('paused', 'team-b', 2),
      policy(
        'paused',
        'team-b',
        { clusterAffinity: { clusterNames: ['gcp-us-central1-prod'] } },
        { suspension: { dispatching: true } },
      ),
    ]);
    await emulator.settled();
    const rb = binding('paused', 'team-b');
    expect(rb?.spec.suspension).toEqual({ dispatching: true });
    const [work] = worksOf('paused-deployment');
    expect(work?.spec).toMatchObject({ suspendDispatching: true });
    expect(rb?.status?.aggregatedStatus).toEqual([
      {
        clusterName: 'gcp-us-central1-prod',
        applied: false,
        health: 'Unknown',
      },
    ]);
    expect(rb?.status?.conditions).toContainEqual(
      expect.objectContaining({ type: 'FullyApplied', status: 'False' }),
    );
  });

  it('leaves a cluster that is not Ready unapplied with health Unknown', async () => {
    emulator.apply([
      deployment('tolerant', 'team-b', 1),
      policy('tolerant', 'team-b', {
        clusterAffinity: { clusterNames: ['azure-southeastasia-dev'] },
        clusterTolerations: [
          {
            key: 'cluster.karmada.io/not-ready',
            operator: 'Exists',
            effect: 'NoSchedule',
          },
        ],
      }),
    ]);
    await emulator.settled();
    const rb = binding('tolerant', 'team-b');
    expect(rb?.spec.clusters).toEqual([
      { name: 'azure-southeastasia-dev', replicas: 1 },
    ]);
    expect(rb?.status?.aggregatedStatus).toEqual([
      {
        clusterName: 'azure-southeastasia-dev',
        applied: false,
        health: 'Unknown',
      },
    ]);
  });

  it('propagates the ConfigMaps and Secrets a Deployment depends on with propagateDeps', async () => {
    emulator.apply([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'web-config', namespace: 'team-b' },
        data: { LEVEL: 'info' },
      },
      deployment('deps', 'team-b', 2, {
        envFrom: [
          { configMapRef: { name: 'web-config' } },
          { secretRef: { name: 'missing' } },
        ],
      }),
      policy(
        'deps',
        'team-b',
        {
          clusterAffinity: {
            clusterNames: ['gcp-us-central1-prod', 'huawei-cn-north-4-prod'],
          },
        },
        { propagateDeps: true },
      ),
    ]);
    await emulator.settled();
    const attached = emulator.get(
      RB,
      'ResourceBinding',
      'web-config-configmap',
      'team-b',
    ) as unknown as ResourceBinding;
    expect(attached.spec.requiredBy).toEqual([
      {
        namespace: 'team-b',
        name: 'deps-deployment',
        clusters: binding('deps', 'team-b')?.spec.clusters,
      },
    ]);
    expect(
      worksOf('web-config-configmap')
        .map(w => w.metadata?.namespace)
        .sort(),
    ).toEqual([
      'karmada-es-gcp-us-central1-prod',
      'karmada-es-huawei-cn-north-4-prod',
    ]);
    expect(
      emulator.get(RB, 'ResourceBinding', 'missing-secret', 'team-b'),
    ).toBeUndefined();
  });

  it('keeps the binding when its policy is deleted, as Karmada does, but drops the claim', async () => {
    emulator.apply([
      deployment('orphan', 'team-b', 1),
      policy('orphan', 'team-b', {
        clusterAffinity: { clusterNames: ['gcp-asia-east1-dev'] },
      }),
    ]);
    await emulator.settled();
    emulator.delete(
      'policy.karmada.io/v1alpha1',
      'PropagationPolicy',
      'orphan',
      'team-b',
    );
    await emulator.settled();
    const rb = binding('orphan', 'team-b');
    expect(rb?.spec.clusters).toEqual([
      { name: 'gcp-asia-east1-dev', replicas: 1 },
    ]);
    expect(
      rb?.metadata.annotations?.['propagationpolicy.karmada.io/name'],
    ).toBeUndefined();
    const template = emulator.get('apps/v1', 'Deployment', 'orphan', 'team-b');
    expect(
      template?.metadata?.labels?.['propagationpolicy.karmada.io/permanent-id'],
    ).toBeUndefined();
  });

  it('cascades a Deployment deletion to its binding and Works', async () => {
    expect(worksOf('web-deployment').length).toBeGreaterThan(0);
    emulator.delete('apps/v1', 'Deployment', 'web', 'team-a');
    await emulator.settled();
    expect(binding('web')).toBeUndefined();
    expect(worksOf('web-deployment')).toEqual([]);
  });
});

describe('replica readiness over time', () => {
  it('turns replicas ready progressively as the member clusters take their time', async () => {
    let now = Date.parse('2026-09-01T00:00:00Z');
    const emulator = await startEmulator({
      port: 0,
      readyAfterMs: 1000,
      seed: false,
      clock: () => new Date(now),
    });
    const ready = () =>
      (
        emulator.get('apps/v1', 'Deployment', 'slow', 'team-a')?.status as
          | { readyReplicas?: number }
          | undefined
      )?.readyReplicas ?? 0;
    const waitFor = async (replicas: number) => {
      for (let i = 0; i < 200 && ready() !== replicas; i += 1)
        await new Promise(resolve => setTimeout(resolve, 10));
      return ready();
    };
    try {
      emulator.apply([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } },
        deployment('slow', 'team-a', 4),
        policy('slow', 'team-a', {
          clusterAffinity: { clusterNames: ['gcp-us-central1-prod'] },
        }),
      ]);
      await emulator.settled();
      expect(ready()).toBe(0);
      now += 500;
      expect(await waitFor(2)).toBe(2);
      const rb = () =>
        emulator.get(
          RB,
          'ResourceBinding',
          'slow-deployment',
          'team-a',
        ) as unknown as ResourceBinding;
      expect(rb().status?.aggregatedStatus?.[0]).toMatchObject({
        applied: true,
        health: 'Unhealthy',
      });
      now += 500;
      expect(await waitFor(4)).toBe(4);
      expect(rb().status?.aggregatedStatus?.[0]).toMatchObject({
        clusterName: 'gcp-us-central1-prod',
        applied: true,
        health: 'Healthy',
      });
    } finally {
      await emulator.close();
    }
  });
});
