import {
  AGGREGATED,
  DYNAMIC,
  makeCluster,
  preview,
} from './__fixtures__/makeCluster';

const codes = (clusters: Parameters<typeof preview>[0], request: unknown) =>
  preview(clusters, request).warnings.map(w => w.code);

describe('int32-overflow', () => {
  // Karmada sums the candidates' available replicas as int32 in the capacity
  // check of dynamic weight and Aggregated (SEMANTICS §9.5, §9.6).
  const huge = [
    makeCluster('a', { pods: 2000000000 }),
    makeCluster('b', { pods: 2000000000 }),
  ];
  const roomy = [
    makeCluster('a', {
      allocatable: { cpu: '10', memory: '10Gi', pods: '100' },
    }),
    makeCluster('b', {
      allocatable: { cpu: '10', memory: '10Gi', pods: '100' },
    }),
  ];
  const cpu = { resourceRequest: { cpu: '1' } };

  it.each<[string, typeof huge, unknown, boolean]>([
    [
      'dynamic weight whose estimates add up beyond int32',
      huge,
      { replicas: 1, placement: { replicaScheduling: DYNAMIC } },
      true,
    ],
    [
      'Aggregated whose estimates add up beyond int32',
      huge,
      { replicas: 1, placement: { replicaScheduling: AGGREGATED } },
      true,
    ],
    [
      'Duplicated: no capacity check',
      huge,
      { replicas: 1, placement: {} },
      false,
    ],
    [
      'static weight: no capacity check',
      huge,
      {
        replicas: 1,
        placement: { replicaScheduling: { replicaSchedulingType: 'Divided' } },
      },
      false,
    ],
    [
      'estimates that fit in int32',
      roomy,
      {
        replicas: 3,
        replicaRequirements: cpu,
        placement: { replicaScheduling: AGGREGATED },
      },
      false,
    ],
    // At 0 replicas nothing is estimated (every cluster counts as MaxInt32,
    // §7) and no capacity check runs (§9.5): nothing can overflow.
    [
      'Aggregated with 0 replicas and requirements',
      roomy,
      {
        replicas: 0,
        replicaRequirements: cpu,
        placement: { replicaScheduling: AGGREGATED },
      },
      false,
    ],
    [
      'dynamic weight with 0 replicas and requirements',
      roomy,
      {
        replicas: 0,
        replicaRequirements: cpu,
        placement: { replicaScheduling: DYNAMIC },
      },
      false,
    ],
    [
      'Aggregated with 0 replicas and no requirements',
      roomy,
      { replicas: 0, placement: { replicaScheduling: AGGREGATED } },
      false,
    ],
  ])('%s', (_, fleet, request, fires) => {
    expect(codes(fleet, request).includes('int32-overflow')).toBe(fires);
  });

  it('names the sum that overflows', () => {
    const result = preview(huge, {
      replicas: 1,
      placement: { replicaScheduling: DYNAMIC },
    });
    expect(result.warnings.find(w => w.code === 'int32-overflow')).toEqual({
      code: 'int32-overflow',
      message:
        'Karmada adds available replicas as int32: 4000000000 overflows, which changes its capacity check',
    });
  });
});

describe('unknown labels, zones and providers', () => {
  const fleet = [
    makeCluster('a', {
      labels: { tier: 'web' },
      provider: 'aws',
      region: 'eu-west-1',
      zones: ['eu-west-1a'],
    }),
    makeCluster('b', {
      labels: { tier: 'db' },
      provider: 'gcp',
      region: 'us-east1',
      zones: ['us-east1-b', 'us-east1-c'],
    }),
  ];
  const labelled = (expr: unknown) => ({
    clusterAffinity: { labelSelector: { matchExpressions: [expr] } },
  });
  const fielded = (expr: unknown) => ({
    clusterAffinity: { fieldSelector: { matchExpressions: [expr] } },
  });

  it.each<[string, unknown, Array<{ code: string; message: string }>]>([
    [
      'In with a key no cluster has matches nothing',
      labelled({ key: 'env', operator: 'In', values: ['prod'] }),
      [
        {
          code: 'unknown-label-key',
          message: 'no cluster in the fleet has the label env',
        },
      ],
    ],
    [
      'Exists with a key no cluster has matches nothing',
      labelled({ key: 'env', operator: 'Exists' }),
      [
        {
          code: 'unknown-label-key',
          message: 'no cluster in the fleet has the label env',
        },
      ],
    ],
    // Both hold for a cluster without the label: they match every cluster.
    [
      'DoesNotExist with a key no cluster has matches every cluster',
      labelled({ key: 'env', operator: 'DoesNotExist' }),
      [],
    ],
    [
      'NotIn with a key no cluster has matches every cluster',
      labelled({ key: 'env', operator: 'NotIn', values: ['prod'] }),
      [],
    ],
    [
      'DoesNotExist with a key some clusters have',
      labelled({ key: 'tier', operator: 'DoesNotExist' }),
      [],
    ],
    [
      'an unknown zone',
      fielded({ key: 'zone', operator: 'In', values: ['eu-west-1b'] }),
      [
        {
          code: 'unknown-zone',
          message: 'no cluster in the fleet has zone eu-west-1b',
        },
      ],
    ],
    [
      'a known zone, even a cluster’s second one',
      fielded({ key: 'zone', operator: 'In', values: ['us-east1-c'] }),
      [],
    ],
    [
      'an unknown provider',
      fielded({ key: 'provider', operator: 'In', values: ['azure', 'aws'] }),
      [
        {
          code: 'unknown-provider',
          message: 'no cluster in the fleet has provider azure',
        },
      ],
    ],
    [
      'a known provider',
      fielded({ key: 'provider', operator: 'NotIn', values: ['gcp'] }),
      [],
    ],
    [
      'an unknown region',
      fielded({ key: 'region', operator: 'In', values: ['mars'] }),
      [
        {
          code: 'unknown-region',
          message: 'no cluster in the fleet has region mars',
        },
      ],
    ],
  ])('%s', (_, placement, expected) => {
    const warnings = preview(fleet, { replicas: 1, placement }).warnings;
    const path = expected.length
      ? {
          path: `placement.clusterAffinity.${
            expected[0].code.startsWith('unknown-label')
              ? 'labelSelector'
              : 'fieldSelector'
          }`,
        }
      : {};
    expect(warnings.filter(w => w.code !== 'duplicated-total')).toEqual(
      expected.map(w => ({ ...w, ...path })),
    );
  });
});
