import type { Entity } from '@backstage/catalog-model';
import type {
  KubernetesObject,
  PlacementClusterDto,
  WorkloadPlacementResponse,
  WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';

/** A component linked to its workloads. */
export const checkoutEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-api',
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-id': 'checkout-api',
      'karmada.io/instance': 'local',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
};

/** A component without the annotation. */
export const unlinkedEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy-batch', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
};

const ready = { type: 'Ready', status: 'True' as const };

function deployment(
  name: string,
  image: string,
  replicas: number,
): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'team-a',
      labels: { 'backstage.io/kubernetes-id': name },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            { name, image, env: [{ name: 'LOG_LEVEL', value: 'info' }] },
          ],
        },
      },
    },
  };
}

function cluster(
  name: string,
  where: { provider: string; region: string; zones: string[] },
  counts: { expected?: number; scheduled?: number; ready?: number },
  manifest: KubernetesObject,
): PlacementClusterDto {
  return {
    cluster: name,
    facts: { ...where, ready },
    expectedReplicas: counts.expected,
    scheduledReplicas: counts.scheduled,
    status:
      counts.scheduled !== undefined
        ? {
            applied: true,
            health: 'Healthy',
            replicas: counts.scheduled,
            readyReplicas: counts.ready,
            availableReplicas: counts.ready,
          }
        : undefined,
    replicas: counts.scheduled,
    manifest,
    changes: [],
    appliedPolicies: [],
  };
}

const webTemplate = deployment('web-frontend', 'nginx:1.27', 2);

/** Duplicated to three named clusters, all healthy, no overrides. */
export const duplicatedPlacement: WorkloadPlacementResponse = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web-frontend',
  kubernetesId: 'web-frontend',
  managed: true,
  health: 'Healthy',
  replicas: 2,
  resource: webTemplate,
  propagationPolicy: {
    kind: 'PropagationPolicy',
    name: 'web-frontend',
    namespace: 'team-a',
    suspended: false,
    placement: {
      clusterAffinity: { clusterNames: ['member1', 'member2', 'member3'] },
    },
  },
  overridePolicies: [],
  binding: {
    name: 'web-frontend-deployment',
    clusters: [
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 2 },
      { name: 'member3', replicas: 2 },
    ],
    scheduled: { type: 'Scheduled', status: 'True' },
    fullyApplied: { type: 'FullyApplied', status: 'True' },
  },
  expected: { schedulable: true, clusters: [] },
  clusters: [
    cluster(
      'member1',
      { provider: 'aws', region: 'us-east-1', zones: ['us-east-1a'] },
      { expected: 2, scheduled: 2, ready: 2 },
      webTemplate,
    ),
    cluster(
      'member2',
      { provider: 'aws', region: 'eu-west-1', zones: ['eu-west-1a'] },
      { expected: 2, scheduled: 2, ready: 2 },
      webTemplate,
    ),
    cluster(
      'member3',
      { provider: 'gcp', region: 'us-central1', zones: ['us-central1-a'] },
      { expected: 2, scheduled: 2, ready: 2 },
      webTemplate,
    ),
  ],
  differences: [],
  dependencies: [
    {
      kind: 'ConfigMap',
      name: 'web-frontend-config',
      namespace: 'team-a',
      referencedBy: ['volumes[0]'],
      status: 'present',
    },
  ],
};

const checkoutTemplate = deployment(
  'checkout-api',
  'registry.example.com/checkout:2.1',
  6,
);

function withImage(image: string, env?: string): KubernetesObject {
  const copy = JSON.parse(JSON.stringify(checkoutTemplate));
  copy.spec.template.spec.containers[0].image = image;
  if (env) copy.spec.template.spec.containers[0].env[0].value = env;
  return copy;
}

const overridePolicy = {
  kind: 'OverridePolicy' as const,
  namespace: 'team-a',
  name: 'checkout-api',
};

/**
 * Divided by available replicas over env=prod clusters: member1 and member2
 * overridden, member2 not fully ready, member4 expected after a fleet change
 * but not scheduled, a Secret missing.
 */
export const dynamicPlacement: WorkloadPlacementResponse = {
  instance: 'local',
  namespace: 'team-a',
  name: 'checkout-api',
  kubernetesId: 'checkout-api',
  managed: true,
  health: 'Progressing',
  replicas: 6,
  resource: checkoutTemplate,
  propagationPolicy: {
    kind: 'PropagationPolicy',
    name: 'checkout-api',
    namespace: 'team-a',
    suspended: false,
    placement: {
      clusterAffinity: {
        labelSelector: { matchLabels: { env: 'prod' } },
        exclude: ['member9'],
      },
      clusterTolerations: [
        { key: 'dedicated', operator: 'Equal', value: 'gpu' },
      ],
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    },
  },
  overridePolicies: [overridePolicy],
  binding: {
    name: 'checkout-api-deployment',
    clusters: [
      { name: 'member1', replicas: 3 },
      { name: 'member2', replicas: 3 },
    ],
    scheduled: { type: 'Scheduled', status: 'True' },
    fullyApplied: {
      type: 'FullyApplied',
      status: 'False',
      reason: 'FullyAppliedFailed',
      message:
        'Failed to apply all manifests (1/2): member2 is still progressing',
    },
  },
  expected: { schedulable: true, clusters: [] },
  clusters: [
    {
      ...cluster(
        'member1',
        { provider: 'aws', region: 'us-east-1', zones: ['us-east-1a'] },
        { expected: 2, scheduled: 3, ready: 3 },
        withImage('mirror.eu.example.com/checkout:2.1'),
      ),
      changes: [
        {
          path: '/spec/template/spec/containers/0/image',
          displayPath: 'spec.template.spec.containers[checkout-api].image',
          op: 'replace',
          before: 'registry.example.com/checkout:2.1',
          after: 'mirror.eu.example.com/checkout:2.1',
          policy: overridePolicy,
          ruleIndex: 0,
          overrider: 'imageOverrider',
          overriderIndex: 0,
        },
      ],
      appliedPolicies: [{ ...overridePolicy, ruleIndexes: [0] }],
    },
    {
      ...cluster(
        'member2',
        { provider: 'gcp', region: 'europe-west1', zones: ['europe-west1-b'] },
        { expected: 2, scheduled: 3, ready: 1 },
        withImage('registry.example.com/checkout:2.1', 'debug'),
      ),
      changes: [
        {
          path: '/spec/template/spec/containers/0/env/0/value',
          displayPath:
            'spec.template.spec.containers[checkout-api].env[LOG_LEVEL].value',
          op: 'replace',
          before: 'info',
          after: 'debug',
          policy: overridePolicy,
          ruleIndex: 1,
          overrider: 'plaintext',
          overriderIndex: 0,
        },
      ],
      appliedPolicies: [{ ...overridePolicy, ruleIndexes: [1] }],
    },
    cluster(
      'member4',
      { provider: 'aws', region: 'us-west-2', zones: [] },
      { expected: 2 },
      checkoutTemplate,
    ),
  ],
  differences: [
    {
      cluster: 'member1',
      expected: 2,
      scheduled: 3,
      running: 3,
      message: 'preview expects 2, Karmada scheduled 3',
    },
    {
      cluster: 'member2',
      expected: 2,
      scheduled: 3,
      running: 1,
      message: 'preview expects 2, Karmada scheduled 3; 1 of 3 ready',
    },
    {
      cluster: 'member4',
      expected: 2,
      message:
        'preview expects 2, Karmada scheduled none (joined the fleet after scheduling)',
    },
  ],
  dependencies: [
    {
      kind: 'ConfigMap',
      name: 'checkout-config',
      namespace: 'team-a',
      referencedBy: ['containers[0].envFrom[0]'],
      status: 'present',
    },
    {
      kind: 'Secret',
      name: 'checkout-db',
      namespace: 'team-a',
      referencedBy: ['containers[0].env[1]'],
      status: 'missing',
    },
    {
      kind: 'Secret',
      name: 'checkout-tls',
      namespace: 'team-a',
      referencedBy: ['volumes[0]'],
      status: 'unknown',
    },
  ],
};

/** The list entry of a placement. */
export function summaryOf(
  p: WorkloadPlacementResponse,
  extra: Partial<WorkloadSummaryDto> = {},
): WorkloadSummaryDto {
  const scheduled = p.clusters.filter(c => c.scheduledReplicas !== undefined);
  return {
    instance: p.instance,
    namespace: p.namespace,
    name: p.name,
    kind: 'Deployment',
    kubernetesId: p.kubernetesId,
    managed: p.managed,
    replicas: scheduled.reduce((n, c) => n + (c.scheduledReplicas ?? 0), 0),
    readyReplicas: scheduled.reduce(
      (n, c) => n + (c.status?.readyReplicas ?? 0),
      0,
    ),
    clusters: scheduled.map(c => ({
      name: c.cluster,
      replicas: c.scheduledReplicas,
      readyReplicas: c.status?.readyReplicas,
      applied: c.status?.applied,
      health: c.status?.health,
    })),
    health: p.health,
    ...(p.rollout ? { rollout: p.rollout } : {}),
    propagationPolicy: p.propagationPolicy?.name,
    ...extra,
  };
}
