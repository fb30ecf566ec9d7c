import { Cluster } from '@karmada-backstage/plugin-karmada-common';

const API_ENABLEMENTS = [
  {
    groupVersion: 'apps/v1',
    resources: [{ name: 'deployments', kind: 'Deployment' }],
  },
  {
    groupVersion: 'v1',
    resources: [
      { name: 'configmaps', kind: 'ConfigMap' },
      { name: 'secrets', kind: 'Secret' },
    ],
  },
];

function cluster(
  name: string,
  o: {
    provider: string;
    region: string;
    zones: string[];
    labels?: Record<string, string>;
    cpu: number;
    memGi: number;
    ready?: boolean;
    taints?: Cluster['spec'] extends infer S
      ? S extends { taints?: infer T }
        ? T
        : never
      : never;
  },
): Cluster {
  return {
    apiVersion: 'cluster.karmada.io/v1alpha1',
    kind: 'Cluster',
    metadata: {
      name,
      labels: { 'karmada.io/cluster': name, ...(o.labels ?? {}) },
    },
    spec: {
      syncMode: 'Push',
      apiEndpoint: `https://${name}.example.com`,
      provider: o.provider,
      region: o.region,
      zones: o.zones,
      ...(o.taints ? { taints: o.taints } : {}),
    },
    status: {
      kubernetesVersion: 'v1.30.2',
      apiEnablements: API_ENABLEMENTS,
      conditions: [
        o.ready === false
          ? {
              type: 'Ready',
              status: 'False',
              reason: 'ClusterNotReachable',
              message: 'cluster is not reachable',
              lastTransitionTime: '2025-01-01T00:00:00Z',
            }
          : {
              type: 'Ready',
              status: 'True',
              reason: 'ClusterReady',
              message: 'cluster is healthy and ready to accept workloads',
              lastTransitionTime: '2025-01-01T00:00:00Z',
            },
      ],
      nodeSummary: { totalNum: 3, readyNum: 3 },
      resourceSummary: {
        allocatable: { cpu: `${o.cpu}`, memory: `${o.memGi}Gi`, pods: '330' },
        allocated: { cpu: '2', memory: '4Gi', pods: '30' },
      },
    },
  };
}

/**
 * A small fleet for tests: two ready production clusters on different
 * clouds, a tainted staging cluster, and one that is not ready.
 */
export function testFleet(): Cluster[] {
  return [
    cluster('member1', {
      provider: 'aws',
      region: 'us-east-1',
      zones: ['us-east-1a', 'us-east-1b'],
      labels: { env: 'prod' },
      cpu: 16,
      memGi: 64,
    }),
    cluster('member2', {
      provider: 'gcp',
      region: 'europe-west1',
      zones: ['europe-west1-b'],
      labels: { env: 'prod' },
      cpu: 8,
      memGi: 32,
    }),
    cluster('member3', {
      provider: 'azure',
      region: 'westeurope',
      zones: ['westeurope-1'],
      labels: { env: 'staging' },
      cpu: 32,
      memGi: 128,
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
    }),
    cluster('member4', {
      provider: 'aws',
      region: 'us-west-2',
      zones: ['us-west-2a'],
      labels: { env: 'dev' },
      cpu: 8,
      memGi: 32,
      ready: false,
    }),
  ];
}

/** Namespaces the tests use. */
export function testNamespaces() {
  return ['team-a', 'team-b', 'kube-system'].map(name => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  }));
}

/** A valid workload spec on member1 and member2. */
export function webSpec(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    kubernetesId: 'web-frontend',
    placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
    replicas: 2,
    scheduling: { type: 'Duplicated' },
    containers: [
      {
        name: 'web',
        image: 'nginx:1.25',
        ports: [{ name: 'http', containerPort: 80 }],
        resources: {
          requests: { cpu: '100m', memory: '128Mi' },
          limits: { cpu: '500m', memory: '256Mi' },
        },
      },
    ],
    ...overrides,
  };
}
