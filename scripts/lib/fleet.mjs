// Deterministic generator of large Karmada fleets (Cluster objects in wire
// format) for benchmarks, tests and the emulator. Same seed, same fleet.

/** A small, fast, seedable PRNG (mulberry32): returns floats in [0, 1). */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: list => list[Math.floor(next() * list.length)],
    chance: p => next() < p,
  };
}

const PROVIDERS = {
  aws: [
    'us-east-1',
    'us-east-2',
    'us-west-2',
    'eu-west-1',
    'eu-central-1',
    'ap-southeast-1',
    'ap-northeast-1',
    'sa-east-1',
  ],
  gcp: [
    'us-central1',
    'us-east4',
    'europe-west1',
    'europe-west4',
    'asia-east1',
    'asia-south1',
  ],
  azure: ['eastus', 'westus2', 'westeurope', 'northeurope', 'southeastasia'],
  alibaba: ['cn-hangzhou', 'cn-beijing', 'cn-shanghai', 'ap-southeast-5'],
  onprem: ['dc-paris', 'dc-frankfurt', 'dc-virginia'],
};
const PROVIDER_WEIGHTS = [
  ['aws', 0.35],
  ['gcp', 0.25],
  ['azure', 0.2],
  ['alibaba', 0.1],
  ['onprem', 0.1],
];
const ENVS = [
  ['prod', 0.45],
  ['staging', 0.3],
  ['dev', 0.25],
];
const TEAMS = [
  'payments',
  'search',
  'checkout',
  'identity',
  'data',
  'platform',
  'media',
  'ads',
];
const TIERS = ['frontend', 'backend', 'data', 'batch'];

function weighted(random, table) {
  let r = random.next();
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}

function zonesOf(random, provider, region) {
  const count = random.int(1, 3);
  const letters = ['a', 'b', 'c'].slice(0, count);
  if (provider === 'gcp') return letters.map(l => `${region}-${l}`);
  if (provider === 'azure') return letters.map((_, i) => `${region}-${i + 1}`);
  return letters.map(l => `${region}${l}`);
}

const API_ENABLEMENTS = [
  {
    groupVersion: 'apps/v1',
    resources: [
      { name: 'deployments', kind: 'Deployment' },
      { name: 'replicasets', kind: 'ReplicaSet' },
      { name: 'statefulsets', kind: 'StatefulSet' },
      { name: 'daemonsets', kind: 'DaemonSet' },
    ],
  },
  {
    groupVersion: 'v1',
    resources: [
      { name: 'configmaps', kind: 'ConfigMap' },
      { name: 'secrets', kind: 'Secret' },
      { name: 'services', kind: 'Service' },
      { name: 'pods', kind: 'Pod' },
    ],
  },
  {
    groupVersion: 'batch/v1',
    resources: [
      { name: 'jobs', kind: 'Job' },
      { name: 'cronjobs', kind: 'CronJob' },
    ],
  },
];

function resourceSummary(random, nodes, gpu) {
  const cpuPerNode = random.pick([8, 16, 32, 64]);
  const memPerNodeGi = cpuPerNode * random.pick([2, 4, 8]);
  const cpu = nodes * cpuPerNode;
  const memGi = nodes * memPerNodeGi;
  const pods = nodes * 110;
  const use = random.next() * 0.95;
  const allocatable = {
    cpu: `${cpu}`,
    memory: `${memGi}Gi`,
    pods: `${pods}`,
    'ephemeral-storage': `${nodes * 100}Gi`,
  };
  const allocated = {
    cpu: `${Math.floor(cpu * use * 1000)}m`,
    memory: `${Math.floor(memGi * use * 1024)}Mi`,
    pods: `${Math.floor(pods * use * 0.6)}`,
  };
  if (gpu) {
    allocatable['nvidia.com/gpu'] = `${nodes * 4}`;
    allocated['nvidia.com/gpu'] = `${Math.floor(nodes * 4 * use)}`;
  }
  const summary = { allocatable, allocated };
  if (random.chance(0.3)) {
    summary.allocating = {
      cpu: `${random.int(0, 4000)}m`,
      memory: `${random.int(0, 8)}Gi`,
      pods: `${random.int(0, 20)}`,
    };
  }
  return summary;
}

/**
 * Generates `count` member clusters as a `ClusterList` (what the API server
 * returns for `kubectl get clusters -o yaml`): several providers, regions and
 * zones, labels (env, team, tier, gpu), some taints, some clusters without
 * apps/v1 Deployments, some not ready (with the not-ready taint), and
 * realistic resource summaries. Deterministic for a given seed.
 */
export function generateFleet({ count, seed = 1 }) {
  const random = createRandom(seed);
  const items = [];
  const width = String(count).length;
  for (let n = 0; n < count; n++) {
    const provider = weighted(random, PROVIDER_WEIGHTS);
    const region = random.pick(PROVIDERS[provider]);
    const env = weighted(random, ENVS);
    const gpu = random.chance(0.08);
    const name = `${provider}-${region}-${env}-${String(n + 1).padStart(
      width,
      '0',
    )}`;
    const ready = !random.chance(0.04);
    const labels = {
      env,
      team: random.pick(TEAMS),
      tier: random.pick(TIERS),
      provider,
      'topology.kubernetes.io/region': region,
    };
    if (gpu) labels.gpu = 'true';
    if (random.chance(0.2))
      labels['compliance'] = random.pick(['pci', 'hipaa', 'sox']);
    const taints = [];
    if (gpu && random.chance(0.7))
      taints.push({ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' });
    if (random.chance(0.03))
      taints.push({ key: 'maintenance', effect: 'NoExecute' });
    if (random.chance(0.05))
      taints.push({ key: 'spot', value: 'true', effect: 'PreferNoSchedule' });
    if (!ready)
      taints.push({
        key: 'cluster.karmada.io/not-ready',
        effect: 'NoSchedule',
        timeAdded: '2025-01-01T00:00:00Z',
      });
    const noDeployments = random.chance(0.03);
    const nodes = random.int(3, 200);
    const cluster = {
      apiVersion: 'cluster.karmada.io/v1alpha1',
      kind: 'Cluster',
      metadata: {
        name,
        labels,
        resourceVersion: String(1000 + n),
        uid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      },
      spec: {
        syncMode: random.chance(0.8) ? 'Push' : 'Pull',
        apiEndpoint: `https://${name}.clusters.example.test:6443`,
        provider,
        region,
        zones: zonesOf(random, provider, region),
        ...(taints.length > 0 && { taints }),
      },
      status: {
        kubernetesVersion: random.pick(['v1.31.4', 'v1.32.2', 'v1.33.1']),
        apiEnablements: noDeployments
          ? API_ENABLEMENTS.slice(1)
          : API_ENABLEMENTS,
        conditions: [
          {
            type: 'Ready',
            status: ready ? 'True' : 'False',
            reason: ready ? 'ClusterReady' : 'ClusterNotReachable',
            message: ready
              ? 'cluster is healthy and ready to accept workloads'
              : 'cluster is not reachable',
            lastTransitionTime: '2025-01-01T00:00:00Z',
          },
          {
            type: 'CompleteAPIEnablements',
            status: 'True',
            reason: 'Complete',
            message: '',
            lastTransitionTime: '2025-01-01T00:00:00Z',
          },
        ],
        nodeSummary: { totalNum: nodes, readyNum: ready ? nodes : 0 },
        resourceSummary: resourceSummary(random, nodes, gpu),
      },
    };
    items.push(cluster);
  }
  return {
    apiVersion: 'cluster.karmada.io/v1alpha1',
    kind: 'ClusterList',
    metadata: { resourceVersion: String(1000 + count) },
    items,
  };
}
