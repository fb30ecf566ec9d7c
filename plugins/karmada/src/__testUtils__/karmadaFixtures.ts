import type {
  ClusterDto,
  FleetFacetsResponse,
  ListInstancesResponse,
  ListNamespacesResponse,
  ListWorkloadsResponse,
  PreviewResponse,
  RenderResponse,
} from '@karmada-backstage/plugin-karmada-common';

// A small fleet shared by the plugin's tests: four member clusters on three
// providers, one tainted, one not ready; previews with a Webster tie and
// reasons for the clusters left out.

const capacity = {
  allocatable: { cpuMillicores: 8000, memoryBytes: 16 * 2 ** 30, pods: 110 },
  allocated: { cpuMillicores: 2000, memoryBytes: 4 * 2 ** 30, pods: 20 },
  allocating: {},
  available: { cpuMillicores: 6000, memoryBytes: 12 * 2 ** 30, pods: 90 },
};
const ready = { type: 'Ready', status: 'True' as const };

function cluster(
  name: string,
  provider: string,
  region: string,
  extra: Partial<ClusterDto> = {},
): ClusterDto {
  return {
    name,
    provider,
    region,
    zones: [`${region}a`],
    labels: { env: name === 'member4' ? 'staging' : 'prod', provider },
    taints: [],
    ready,
    deploymentsEnabled: true,
    capacity,
    ...extra,
  };
}

/**
 * The test fleet: member1 and member2 (aws), member3 (gcp, tainted
 * dedicated=gpu:NoSchedule), member4 (aliyun, not ready).
 *
 * @public
 */
export const testClusters: ClusterDto[] = [
  cluster('member1', 'aws', 'us-east-1'),
  cluster('member2', 'aws', 'us-west-2'),
  cluster('member3', 'gcp', 'europe-west1', {
    taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
  }),
  cluster('member4', 'aliyun', 'cn-hangzhou', {
    ready: { type: 'Ready', status: 'False', reason: 'ClusterNotReachable' },
  }),
];

/**
 * Two instances: `local` (default, namespaces team-*) and `prod` (whose
 * guardrail allows no existing namespace).
 *
 * @public
 */
export const testInstances: ListInstancesResponse = {
  items: [
    {
      name: 'local',
      title: 'Local Karmada',
      default: true,
      status: { state: 'ready', ready: true },
      clusterCount: testClusters.length,
      namespaces: {
        allow: ['team-*'],
        deny: ['kube-*'],
        description: 'team-*; never kube-*',
      },
    },
    {
      name: 'prod',
      title: 'Production',
      default: false,
      status: { state: 'ready', ready: true },
      clusterCount: 0,
      namespaces: { allow: ['none-*'], deny: [], description: 'none-*' },
    },
  ],
};

/**
 * The allowed namespaces of an instance: team-a and team-b on `local`, none elsewhere.
 *
 * @public
 */
export function testNamespaces(instance: string): ListNamespacesResponse {
  const guardrail = testInstances.items.find(i => i.name === instance)
    ?.namespaces ?? {
    allow: [],
    deny: [],
    description: 'any namespace',
  };
  return {
    instance,
    items:
      instance === 'local'
        ? [
            { name: 'team-a', phase: 'Active' },
            { name: 'team-b', phase: 'Active' },
          ]
        : [],
    guardrail,
  };
}

/**
 * The distinct providers, regions, zones, labels and taints of the test fleet.
 *
 * @public
 */
export function testFacets(instance: string): FleetFacetsResponse {
  return {
    instance,
    clusters: testClusters.map(c => c.name),
    providers: ['aliyun', 'aws', 'gcp'],
    regions: ['cn-hangzhou', 'europe-west1', 'us-east-1', 'us-west-2'],
    zones: ['cn-hangzhoua', 'europe-west1a', 'us-east-1a', 'us-west-2a'],
    labels: { env: ['prod', 'staging'], provider: ['aliyun', 'aws', 'gcp'] },
    taints: [
      { key: 'dedicated', value: 'gpu', effect: 'NoSchedule', clusters: 1 },
    ],
  };
}

const NOT_CHOSEN = {
  stage: 'filter' as const,
  plugin: 'ClusterAffinity',
  karmada: 'cluster(s) did not match the placement cluster affinity constraint',
  message: 'Not among the clusters the placement chooses.',
};

const where = (name: string) => {
  const c = testClusters.find(x => x.name === name)!;
  return { provider: c.provider, region: c.region, zones: c.zones };
};

/**
 * A preview of 3 replicas by dynamic weight over member1 and member2, which
 * tie; member3 is tainted, member4 did not match.
 *
 * @public
 */
export const testPreviewWithTie: PreviewResponse = {
  instance: 'local',
  fleet: { clusters: 4, ready: true },
  preview: {
    schedulable: true,
    strategy: 'DynamicWeight',
    clusters: [
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 1 },
    ],
    selected: [
      {
        name: 'member1',
        replicas: 2,
        availableReplicas: 24,
        ...where('member1'),
        tieBreak: true,
        possibleReplicas: [1, 2],
      },
      {
        name: 'member2',
        replicas: 1,
        availableReplicas: 24,
        ...where('member2'),
        tieBreak: true,
        possibleReplicas: [1, 2],
      },
    ],
    leftOut: [
      {
        reasons: [
          {
            stage: 'filter',
            plugin: 'TaintToleration',
            karmada: 'cluster(s) had untolerated taint {dedicated: gpu}',
            message:
              'Tainted dedicated=gpu:NoSchedule, which the workload does not tolerate.',
          },
        ],
        count: 1,
        clusters: [{ name: 'member3', availableReplicas: 24 }],
      },
      {
        reasons: [NOT_CHOSEN],
        count: 1,
        clusters: [{ name: 'member4', availableReplicas: 24 }],
      },
    ],
    ties: [
      {
        clusters: ['member1', 'member2'],
        outcomes: [
          [
            { name: 'member1', replicas: 2 },
            { name: 'member2', replicas: 1 },
          ],
          [
            { name: 'member1', replicas: 1 },
            { name: 'member2', replicas: 2 },
          ],
        ],
      },
    ],
    warnings: [{ code: 'not-ready-cluster', message: 'member4 is not ready.' }],
  },
};

/**
 * A preview where no cluster fits.
 *
 * @public
 */
export const testPreviewUnschedulable: PreviewResponse = {
  instance: 'local',
  fleet: { clusters: 4, ready: true },
  preview: {
    schedulable: false,
    strategy: 'Duplicated',
    clusters: [],
    error: {
      reason: 'NoClusterFit',
      conditionReason: 'NoClusterFit',
      message:
        '0/4 clusters are available: 4 cluster(s) did not match the placement cluster affinity constraint.',
    },
    selected: [],
    leftOut: [
      {
        reasons: [NOT_CHOSEN],
        count: testClusters.length,
        clusters: testClusters.map(c => ({
          name: c.name,
          availableReplicas: 24,
        })),
      },
    ],
    ties: [],
    warnings: [],
  },
};

/**
 * A render response: a Deployment YAML, one present ConfigMap and one
 * missing Secret, and the tied preview.
 *
 * @public
 */
export const testRender: RenderResponse = {
  instance: 'local',
  objects: [],
  yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
  dependencies: [
    {
      kind: 'ConfigMap',
      name: 'web-config',
      namespace: 'team-a',
      referencedBy: ['containers[0].envFrom[0]'],
      status: 'present',
    },
    {
      kind: 'Secret',
      name: 'registry-cred',
      namespace: 'team-a',
      referencedBy: ['imagePullSecrets[0]'],
      status: 'missing',
    },
  ],
  preview: testPreviewWithTie.preview,
  clusters: [],
};

/**
 * One healthy workload, `web` in team-a, on member1 and member2.
 *
 * @public
 */
export const testWorkloads: ListWorkloadsResponse = {
  items: [
    {
      instance: 'local',
      namespace: 'team-a',
      name: 'web',
      kind: 'Deployment',
      kubernetesId: 'web',
      managed: true,
      image: 'nginx:1.27',
      replicas: 3,
      readyReplicas: 3,
      clusters: [
        { name: 'member1', replicas: 2, readyReplicas: 2, applied: true },
        { name: 'member2', replicas: 1, readyReplicas: 1, applied: true },
      ],
      health: 'Healthy',
      propagationPolicy: 'web',
    },
  ],
  errors: [],
};
