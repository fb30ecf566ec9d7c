import { OverridePolicy } from '../types';
import {
  annotate,
  cluster,
  clusterPolicy,
  deployment,
  namespacedPolicy,
  rule,
} from './__fixtures__/builders';
import { OverrideError } from './OverrideError';
import { applyOverridePolicies } from './applyOverridePolicies';

const annotationsAfter = (
  policies: OverridePolicy[],
  resource = deployment(),
) =>
  applyOverridePolicies(resource, cluster(), policies).resource.metadata
    ?.annotations;

describe('applyOverridePolicies', () => {
  it('applies ClusterOverridePolicies before OverridePolicies, whatever their names', () => {
    const policies = [
      namespacedPolicy('a', { overrideRules: [rule(annotate('who', 'op'))] }),
      clusterPolicy('z', { overrideRules: [rule(annotate('who', 'cop'))] }),
    ];
    expect(annotationsAfter(policies)).toEqual({ who: 'op' });
  });

  it.each<[string, OverridePolicy, unknown]>([
    [
      'an OverridePolicy of the resource namespace applies',
      namespacedPolicy(
        'p',
        { overrideRules: [rule(annotate('a', '1'))] },
        'default',
      ),
      { a: '1' },
    ],
    [
      'an OverridePolicy of another namespace is ignored',
      namespacedPolicy(
        'p',
        { overrideRules: [rule(annotate('a', '1'))] },
        'other',
      ),
      undefined,
    ],
    [
      'other kinds are ignored',
      {
        ...clusterPolicy('p', { overrideRules: [rule(annotate('a', '1'))] }),
        kind: 'PropagationPolicy',
      },
      undefined,
    ],
  ])('%s', (_name, policy, expected) => {
    expect(annotationsAfter([policy])).toEqual(expected);
  });

  it('never applies OverridePolicies to a cluster-scoped resource', () => {
    const namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'default' },
    };
    const policies = [
      namespacedPolicy(
        'p',
        { overrideRules: [rule(annotate('op', '1'))] },
        'default',
      ),
      clusterPolicy('c', { overrideRules: [rule(annotate('cop', '1'))] }),
    ];
    expect(
      applyOverridePolicies(namespace, cluster(), policies).resource.metadata
        ?.annotations,
    ).toEqual({ cop: '1' });
  });

  it('selects OverridePolicies after the ClusterOverridePolicies changed the resource', () => {
    const policies = [
      clusterPolicy('c', {
        overrideRules: [
          rule({
            labelsOverrider: [{ operator: 'add', value: { tier: 'gold' } }],
          }),
        ],
      }),
      namespacedPolicy('p', {
        resourceSelectors: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            labelSelector: { matchLabels: { tier: 'gold' } },
          },
        ],
        overrideRules: [rule(annotate('gold', 'yes'))],
      }),
    ];
    expect(annotationsAfter(policies)).toEqual({ gold: 'yes' });
  });

  it('lists the applied rules in order', () => {
    const policies = [
      namespacedPolicy('p', {
        overrideRules: [
          rule({}),
          rule({}, { clusterNames: ['other'] }),
          rule({}),
        ],
      }),
      clusterPolicy('c', { overriders: {} }),
    ];
    const { applied } = applyOverridePolicies(
      deployment(),
      cluster(),
      policies,
    );
    expect(
      applied.map(a => [a.policy.kind, a.policy.name, a.ruleIndex, a.legacy]),
    ).toEqual([
      ['ClusterOverridePolicy', 'c', 0, true],
      ['OverridePolicy', 'p', 0, false],
      ['OverridePolicy', 'p', 2, false],
    ]);
  });

  it('reads a legacy spec.zone as spec.zones, like the Karmada API server', () => {
    const policy = clusterPolicy('c', {
      overrideRules: [
        rule(annotate('zone', 'matched'), {
          fieldSelector: {
            matchExpressions: [{ key: 'zone', operator: 'In', values: ['z1'] }],
          },
        }),
      ],
    });
    const member = cluster('m', { spec: { zone: 'z1' } });
    expect(
      applyOverridePolicies(deployment(), member, [policy]).resource.metadata
        ?.annotations,
    ).toEqual({ zone: 'matched' });
  });

  it.each<[string, OverridePolicy, string]>([
    [
      'ImageOverrideError',
      clusterPolicy('c', {
        overrideRules: [
          rule({
            imageOverrider: [
              {
                component: 'Tag',
                operator: 'add',
                predicate: { path: '/nope' },
              },
            ],
          }),
        ],
      }),
      'ImageOverrideError',
    ],
    [
      'JSONPatchError',
      clusterPolicy('c', {
        overrideRules: [
          rule({
            plaintext: [
              { path: '/spec/missing', operator: 'replace', value: 1 },
            ],
          }),
        ],
      }),
      'JSONPatchError',
    ],
    [
      'FieldOverrideError',
      clusterPolicy('c', {
        overrideRules: [
          rule({
            fieldOverrider: [
              {
                fieldPath: '/spec/replicas',
                json: [{ subPath: '/a', operator: 'add', value: 1 }],
              },
            ],
          }),
        ],
      }),
      'FieldOverrideError',
    ],
    [
      'InvalidResource',
      clusterPolicy('c', {
        overrideRules: [
          rule({ plaintext: [{ path: '/kind', operator: 'remove' }] }),
        ],
      }),
      'InvalidResource',
    ],
  ])('fails with %s and no partial result', (_name, failing, reason) => {
    const good = clusterPolicy('a', {
      overrideRules: [rule(annotate('a', '1'))],
    });
    let caught: unknown;
    try {
      applyOverridePolicies(deployment(), cluster(), [good, failing]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OverrideError);
    expect((caught as OverrideError).reason).toBe(reason);
    expect((caught as OverrideError).source?.policy.name).toBe('c');
  });

  it('is not hurt by a failing rule that targets another cluster', () => {
    const failing = clusterPolicy('c', {
      overrideRules: [
        rule(
          { plaintext: [{ path: '/x', operator: 'remove' }] },
          { clusterNames: ['other'] },
        ),
      ],
    });
    expect(() =>
      applyOverridePolicies(deployment(), cluster(), [failing]),
    ).not.toThrow();
  });

  it('does not modify its inputs and returns unshared objects', () => {
    const resource = deployment();
    const policies = [
      clusterPolicy('c', {
        overrideRules: [
          rule({
            ...annotate('a', '1'),
            imageOverrider: [
              { component: 'Tag', operator: 'replace', value: 'v9' },
            ],
          }),
        ],
      }),
    ];
    const before = JSON.stringify([resource, policies]);
    const { resource: out } = applyOverridePolicies(
      resource,
      cluster(),
      policies,
    );
    expect(JSON.stringify([resource, policies])).toBe(before);
    (out.spec as { replicas: number }).replicas = 99;
    expect((resource.spec as { replicas: number }).replicas).toBe(2);
  });

  it('leaves a resource without matching policies unchanged, even without kind', () => {
    expect(
      applyOverridePolicies({ metadata: { name: 'x' } }, cluster(), [])
        .resource,
    ).toEqual({ metadata: { name: 'x' } });
  });
});
