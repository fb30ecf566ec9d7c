import {
  overrideInputIssues,
  overridePolicyIssues,
} from './validateOverrideInput';

const valid = {
  resource: { kind: 'Deployment' },
  cluster: { metadata: { name: 'm1' } },
  overridePolicies: [
    {
      kind: 'OverridePolicy',
      metadata: { name: 'p', namespace: 'default' },
      spec: {
        overrideRules: [
          {
            overriders: {
              plaintext: [{ path: '/a', operator: 'add', value: 1 }],
            },
          },
        ],
      },
    },
  ],
};

describe('overrideInputIssues', () => {
  it('accepts a well-formed input, with or without policies', () => {
    expect(overrideInputIssues(valid)).toEqual([]);
    expect(
      overrideInputIssues({
        resource: {},
        cluster: { metadata: { name: 'm' } },
      }),
    ).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['not an object', 5, '', 'must be an object'],
    [
      'a missing resource',
      { cluster: valid.cluster },
      'resource',
      'is required',
    ],
    [
      'a resource that is a list',
      { ...valid, resource: [] },
      'resource',
      'must be an object',
    ],
    [
      'a missing cluster name',
      { ...valid, cluster: { metadata: {} } },
      'cluster.metadata.name',
      'is required',
    ],
    [
      'policies that are not a list',
      { ...valid, overridePolicies: {} },
      'overridePolicies',
      'must be a list',
    ],
    [
      'an unknown policy kind',
      {
        ...valid,
        overridePolicies: [
          { kind: 'PropagationPolicy', metadata: { name: 'p' } },
        ],
      },
      'overridePolicies[0].kind',
      'must be one of OverridePolicy, ClusterOverridePolicy',
    ],
    [
      'a wrongly typed overrider field',
      {
        ...valid,
        overridePolicies: [
          {
            kind: 'ClusterOverridePolicy',
            metadata: { name: 'p' },
            spec: {
              overrideRules: [
                {
                  overriders: {
                    imageOverrider: [
                      { component: 'Tag', operator: 'add', value: 5 },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
      'overridePolicies[0].spec.overrideRules[0].overriders.imageOverrider[0].value',
      'must be a string',
    ],
  ])('names the field for %s', (_name, input, path, reason) => {
    expect(overrideInputIssues(input)[0]).toEqual({ path, reason });
  });

  it('prefixes paths', () => {
    expect(overrideInputIssues({}, '[3]')[0].path).toBe('[3].resource');
  });
});

describe('overridePolicyIssues', () => {
  it('checks label values in a target cluster selector', () => {
    const policy = {
      kind: 'ClusterOverridePolicy',
      metadata: { name: 'p' },
      spec: {
        overrideRules: [
          {
            targetCluster: { labelSelector: { matchLabels: { a: 1 } } },
            overriders: {},
          },
        ],
      },
    };
    expect(overridePolicyIssues(policy)).toEqual([
      {
        path: 'spec.overrideRules[0].targetCluster.labelSelector.matchLabels["a"]',
        reason: 'must be a string',
      },
    ]);
  });
});
