import { KarmadaInputError } from '../errors';
import { validateScheduleRequest } from './validateScheduleRequest';

const ok = { replicas: 3, placement: {} };

function errorOf(input: unknown, path?: string): string {
  try {
    validateScheduleRequest(input, path);
  } catch (e) {
    expect(e).toBeInstanceOf(KarmadaInputError);
    return (e as Error).message;
  }
  throw new Error('expected an input error');
}

describe('validateScheduleRequest', () => {
  it('returns a clean copy of a valid request', () => {
    const input = {
      clusters: [],
      replicas: 2,
      replicaRequirements: {
        resourceRequest: { cpu: '500m', memory: 1073741824 },
        nodeClaim: { nodeSelector: { a: 'b' } },
      },
      placement: {
        clusterAffinity: {
          labelSelector: { matchLabels: { env: 'prod' } },
          clusterNames: ['a'],
        },
        clusterTolerations: [
          {
            key: 'k',
            operator: 'Exists',
            effect: 'NoSchedule',
            tolerationSeconds: 30,
          },
        ],
        spreadConstraints: [
          { spreadByField: 'region', minGroups: 1, maxGroups: 2 },
          { spreadByField: 'cluster', maxGroups: 3 },
        ],
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          weightPreference: { dynamicWeight: 'AvailableReplicas' },
        },
      },
      bindingUID: 'u',
    };
    const { clusters, ...expected } = input;
    expect(clusters).toEqual([]);
    expect(validateScheduleRequest(input)).toEqual(expected);
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'must be an object'],
    ['missing replicas', { placement: {} }, 'replicas: required value'],
    [
      'negative replicas',
      { ...ok, replicas: -1 },
      'replicas: must be greater than or equal to 0',
    ],
    [
      'fractional replicas',
      { ...ok, replicas: 1.5 },
      'replicas: must be an integer',
    ],
    [
      'replicas as a string',
      { ...ok, replicas: '3' },
      'replicas: must be an integer',
    ],
    [
      'replicas beyond int32',
      { ...ok, replicas: 2 ** 31 },
      'replicas: must be less than or equal to 2147483647',
    ],
    [
      'an unknown top-level field',
      { ...ok, replica: 3 },
      'replica: unknown field "replica"',
    ],
    [
      'a placement that is not an object',
      { ...ok, placement: 'x' },
      'placement: must be an object',
    ],
    [
      'an unknown placement field',
      { ...ok, placement: { clusterAfinity: {} } },
      'placement.clusterAfinity: unknown field "clusterAfinity"',
    ],
    [
      'an unknown scheduling type',
      {
        ...ok,
        placement: { replicaScheduling: { replicaSchedulingType: 'Spread' } },
      },
      'placement.replicaScheduling.replicaSchedulingType: must be one of Duplicated, Divided',
    ],
    [
      'an unknown division preference',
      {
        ...ok,
        placement: { replicaScheduling: { replicaDivisionPreference: 'Even' } },
      },
      'placement.replicaScheduling.replicaDivisionPreference: must be one of Aggregated, Weighted',
    ],
    [
      'an unknown dynamic weight',
      {
        ...ok,
        placement: {
          replicaScheduling: { weightPreference: { dynamicWeight: 'Cpu' } },
        },
      },
      'placement.replicaScheduling.weightPreference.dynamicWeight: must be one of AvailableReplicas',
    ],
    [
      'a static weight below 1',
      {
        ...ok,
        placement: {
          replicaScheduling: {
            weightPreference: {
              staticWeightList: [{ targetCluster: {}, weight: 0 }],
            },
          },
        },
      },
      'placement.replicaScheduling.weightPreference.staticWeightList[0].weight: must be greater than or equal to 1',
    ],
    [
      'a static weight rule without target',
      {
        ...ok,
        placement: {
          replicaScheduling: {
            weightPreference: { staticWeightList: [{ weight: 1 }] },
          },
        },
      },
      'placement.replicaScheduling.weightPreference.staticWeightList[0].targetCluster: required value',
    ],
    [
      'clusterAffinity next to clusterAffinities',
      { ...ok, placement: { clusterAffinity: {}, clusterAffinities: [] } },
      'placement: clusterAffinities cannot co-exist with clusterAffinity',
    ],
    [
      'a field selector key Karmada rejects',
      {
        ...ok,
        placement: {
          clusterAffinity: {
            fieldSelector: {
              matchExpressions: [
                { key: 'cloud', operator: 'In', values: ['x'] },
              ],
            },
          },
        },
      },
      'placement.clusterAffinity.fieldSelector.matchExpressions[0].key: unsupported key "cloud", must be provider, region, or zone',
    ],
    [
      'a field selector operator Karmada rejects',
      {
        ...ok,
        placement: {
          clusterAffinity: {
            fieldSelector: {
              matchExpressions: [{ key: 'zone', operator: 'Exists' }],
            },
          },
        },
      },
      'placement.clusterAffinity.fieldSelector.matchExpressions[0].operator: unsupported operator "Exists", must be In or NotIn',
    ],
    [
      'a label expression without operator',
      {
        ...ok,
        placement: {
          clusterAffinity: {
            labelSelector: { matchExpressions: [{ key: 'a' }] },
          },
        },
      },
      'placement.clusterAffinity.labelSelector.matchExpressions[0].operator: required value',
    ],
    [
      'a label value that is not a string',
      {
        ...ok,
        placement: {
          clusterAffinity: { labelSelector: { matchLabels: { env: 1 } } },
        },
      },
      'placement.clusterAffinity.labelSelector.matchLabels.env: must be a string',
    ],
    [
      'a Gt toleration',
      {
        ...ok,
        placement: {
          clusterTolerations: [{ key: 'k', operator: 'Gt', value: '1' }],
        },
      },
      'placement.clusterTolerations[0].operator: Unsupported value: "Gt": supported values: "", "Exists", "Equal"',
    ],
    [
      'a spread field Karmada does not have',
      { ...ok, placement: { spreadConstraints: [{ spreadByField: 'team' }] } },
      'placement.spreadConstraints[0].spreadByField: must be one of cluster, region, zone, provider',
    ],
    [
      'maxGroups below minGroups',
      {
        ...ok,
        placement: {
          spreadConstraints: [
            { spreadByField: 'cluster', minGroups: 3, maxGroups: 2 },
          ],
        },
      },
      'placement.spreadConstraints[0].maxGroups: maxGroups lower than minGroups is not allowed',
    ],
    [
      'negative minGroups',
      { ...ok, placement: { spreadConstraints: [{ minGroups: -1 }] } },
      'placement.spreadConstraints[0].minGroups: minGroups lower than 0 is not allowed',
    ],
    [
      'spreadByField next to spreadByLabel',
      {
        ...ok,
        placement: {
          spreadConstraints: [
            { spreadByField: 'cluster', spreadByLabel: 'team' },
          ],
        },
      },
      'placement.spreadConstraints[0]: spreadByLabel should not co-exist with spreadByField',
    ],
    [
      'a region constraint without a cluster constraint',
      {
        ...ok,
        placement: {
          spreadConstraints: [{ spreadByField: 'region', maxGroups: 2 }],
        },
      },
      'placement.spreadConstraints: the cluster spread constraint must be enabled in one of the constraints in case of SpreadByField is enabled',
    ],
    [
      'two cluster constraints',
      {
        ...ok,
        placement: {
          spreadConstraints: [
            { maxGroups: 1 },
            { spreadByField: 'cluster', maxGroups: 2 },
          ],
        },
      },
      'placement.spreadConstraints: multiple cluster spread constraints are not allowed',
    ],
    [
      'duplicate affinity names',
      {
        ...ok,
        placement: {
          clusterAffinities: [{ affinityName: 'a' }, { affinityName: 'a' }],
        },
      },
      'placement.clusterAffinities: each affinity term in a policy must have a unique name',
    ],
    [
      'an affinity name that is not a label key',
      { ...ok, placement: { clusterAffinities: [{ affinityName: 'not ok' }] } },
      "placement.clusterAffinities[0].affinityName: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    ],
    [
      'overflow affinities with static weight',
      {
        ...ok,
        placement: {
          clusterAffinities: [
            {
              affinityName: 'a',
              clusterNames: ['x'],
              overflowAffinities: [{ affinityName: 'b' }],
            },
          ],
        },
      },
      'placement.clusterAffinities[0].overflowAffinities: overflowAffinities can only be used together with dynamic weight or aggregated scheduling',
    ],
    [
      'overflow affinities next to an empty affinity',
      {
        ...ok,
        placement: {
          replicaScheduling: { replicaDivisionPreference: 'Aggregated' },
          clusterAffinities: [
            { affinityName: 'a', overflowAffinities: [{ affinityName: 'b' }] },
          ],
        },
      },
      'placement.clusterAffinities[0].overflowAffinities: overflowAffinities can only be used together with the inline ClusterAffinity',
    ],
    [
      'a malformed request quantity',
      { ...ok, replicaRequirements: { resourceRequest: { cpu: 'lots' } } },
      "replicaRequirements.resourceRequest.cpu: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    [
      'a negative request',
      { ...ok, replicaRequirements: { resourceRequest: { memory: '-1Gi' } } },
      'replicaRequirements.resourceRequest.memory: must be greater than or equal to 0',
    ],
    [
      'a request Karmada cannot divide by',
      { ...ok, replicaRequirements: { resourceRequest: { cpu: '10E' } } },
      "replicaRequirements.resourceRequest.cpu: must be at most 9223372036854775 (larger values overflow Karmada's int64 arithmetic)",
    ],
    [
      'an extended resource name is quoted in the path',
      {
        ...ok,
        replicaRequirements: { resourceRequest: { 'nvidia.com/gpu': [] } },
      },
      'replicaRequirements.resourceRequest["nvidia.com/gpu"]: must be a quantity such as "500m", "1Gi" or 2',
    ],
  ])('rejects %s', (_, input, message) => {
    expect(errorOf(input)).toBe(message);
  });

  it('prefixes paths for requests inside a list', () => {
    expect(
      errorOf(
        {
          replicas: 1,
          placement: { replicaScheduling: { replicaSchedulingType: 'x' } },
        },
        '[3]',
      ),
    ).toBe(
      '[3].placement.replicaScheduling.replicaSchedulingType: must be one of Duplicated, Divided',
    );
  });

  it.each<[string, unknown]>([
    [
      'label selectors Karmada does not validate (In without values)',
      {
        clusterAffinity: {
          labelSelector: { matchExpressions: [{ key: 'a', operator: 'In' }] },
        },
      },
    ],
    [
      'an empty label key',
      { clusterAffinity: { labelSelector: { matchLabels: { '': 'x' } } } },
    ],
    [
      'a static weight rule with any field selector',
      {
        replicaScheduling: {
          weightPreference: {
            staticWeightList: [
              {
                targetCluster: {
                  fieldSelector: {
                    matchExpressions: [{ key: 'x', operator: 'Exists' }],
                  },
                },
                weight: 1,
              },
            ],
          },
        },
      },
    ],
    ['workloadAffinity (accepted, ignored)', { workloadAffinity: {} }],
    [
      'an unknown toleration operator (it tolerates nothing)',
      { clusterTolerations: [{ key: 'k', operator: 'exists' }] },
    ],
  ])('accepts %s', (_, placement) => {
    expect(() =>
      validateScheduleRequest({ replicas: 1, placement }),
    ).not.toThrow();
  });
});
