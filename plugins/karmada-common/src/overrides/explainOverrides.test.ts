import {
  annotate,
  cluster,
  clusterPolicy,
  deployment,
  namespacedPolicy,
  rule,
} from './__fixtures__/builders';
import { applyOverridePolicies } from './applyOverridePolicies';
import { explainOverrides } from './explainOverrides';

const cop = { kind: 'ClusterOverridePolicy', name: 'base' };
const op = { kind: 'OverridePolicy', namespace: 'default', name: 'team' };

describe('explainOverrides', () => {
  it('returns the same effective manifest as applyOverridePolicies', () => {
    const policies = [
      clusterPolicy('base', { overrideRules: [rule(annotate('a', '1'))] }),
    ];
    expect(
      explainOverrides(deployment(), cluster(), policies).resource,
    ).toEqual(
      applyOverridePolicies(deployment(), cluster(), policies).resource,
    );
  });

  it('attributes each change to the last rule that touched its path', () => {
    const policies = [
      clusterPolicy('base', {
        overrideRules: [
          rule({
            imageOverrider: [
              {
                component: 'Registry',
                operator: 'replace',
                value: 'mirror.io',
              },
            ],
          }),
          rule({
            plaintext: [
              { path: '/spec/replicas', operator: 'replace', value: 5 },
              { path: '/metadata/labels/tier', operator: 'add', value: 'a' },
            ],
          }),
        ],
      }),
      namespacedPolicy('team', {
        overrideRules: [
          rule({}),
          rule({
            imageOverrider: [
              { component: 'Tag', operator: 'replace', value: '1.26' },
            ],
          }),
        ],
      }),
    ];
    const { changes, appliedPolicies } = explainOverrides(
      deployment(),
      cluster(),
      policies,
    );
    expect(changes).toEqual([
      {
        path: '/metadata/labels/tier',
        op: 'add',
        after: 'a',
        displayPath: 'metadata.labels.tier',
        policy: cop,
        ruleIndex: 1,
        overrider: 'plaintext',
        overriderIndex: 1,
      },
      {
        path: '/spec/replicas',
        op: 'replace',
        before: 2,
        after: 5,
        displayPath: 'spec.replicas',
        policy: cop,
        ruleIndex: 1,
        overrider: 'plaintext',
        overriderIndex: 0,
      },
      {
        path: '/spec/template/spec/containers/0/image',
        op: 'replace',
        before: 'nginx:1.25',
        after: 'mirror.io/nginx:1.26',
        displayPath: 'spec.template.spec.containers[web].image',
        policy: op,
        ruleIndex: 1,
        overrider: 'imageOverrider',
        overriderIndex: 0,
      },
    ]);
    expect(appliedPolicies).toEqual([
      { ...cop, ruleIndexes: [0, 1] },
      { ...op, ruleIndexes: [0, 1] },
    ]);
  });

  it('drops a change that a later rule undoes', () => {
    const policies = [
      clusterPolicy('a', { overrideRules: [rule(annotate('temp', 'x'))] }),
      clusterPolicy('b', {
        overrideRules: [
          rule({
            annotationsOverrider: [{ operator: 'remove', value: { temp: '' } }],
          }),
        ],
      }),
    ];
    const { changes, resource } = explainOverrides(
      deployment(),
      cluster(),
      policies,
    );
    // The annotations map "a" created stays, empty: that is the only difference, and
    // "b" is the last rule that touched anything under it.
    expect(resource.metadata?.annotations).toEqual({});
    expect(changes.map(c => [c.path, c.op, c.after, c.policy.name])).toEqual([
      ['/metadata/annotations', 'add', {}, 'b'],
    ]);
  });

  it('throws the same OverrideError as applyOverridePolicies', () => {
    const policies = [
      clusterPolicy('bad', {
        overrideRules: [
          rule({ plaintext: [{ path: '/kind', operator: 'remove' }] }),
        ],
      }),
    ];
    expect(() => explainOverrides(deployment(), cluster(), policies)).toThrow(
      expect.objectContaining({ reason: 'InvalidResource' }),
    );
  });
});
