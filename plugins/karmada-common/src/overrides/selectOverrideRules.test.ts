import { OverridePolicy } from '../types';
import {
  annotate,
  cluster,
  clusterPolicy,
  deployment,
  rule,
} from './__fixtures__/builders';
import { selectOverrideRules } from './selectOverrideRules';

const byName = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' };
const byLabel = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  labelSelector: { matchLabels: { app: 'web' } },
};
const byKind = { apiVersion: 'apps/v1', kind: 'Deployment' };
const order = (policies: OverridePolicy[]) =>
  selectOverrideRules(
    deployment(),
    cluster('member1', {
      metadata: { name: 'member1', labels: { env: 'prod' } },
    }),
    policies,
  ).map(r => `${r.policy.name}#${r.ruleIndex}`);

describe('selectOverrideRules', () => {
  it.each<[string, OverridePolicy[], string[]]>([
    [
      'implicit priority beats names',
      [
        clusterPolicy('a-name', {
          resourceSelectors: [byName],
          overrideRules: [rule({})],
        }),
        clusterPolicy('b-label', {
          resourceSelectors: [byLabel],
          overrideRules: [rule({})],
        }),
        clusterPolicy('c-all', { overrideRules: [rule({})] }),
      ],
      ['c-all#0', 'b-label#0', 'a-name#0'],
    ],
    [
      'equal priority: byte order of names',
      [
        clusterPolicy('p9', { overrideRules: [rule({})] }),
        clusterPolicy('p10', { overrideRules: [rule({})] }),
        clusterPolicy('P1', { overrideRules: [rule({})] }),
      ],
      ['P1#0', 'p10#0', 'p9#0'],
    ],
    [
      'no selectors ties with kind-only selectors',
      [
        clusterPolicy('b', {
          resourceSelectors: [byKind],
          overrideRules: [rule({})],
        }),
        clusterPolicy('a', { overrideRules: [rule({})] }),
      ],
      ['a#0', 'b#0'],
    ],
    [
      'non-matching policies are dropped',
      [
        clusterPolicy('x', {
          resourceSelectors: [{ ...byKind, kind: 'Pod' }],
          overrideRules: [rule({})],
        }),
      ],
      [],
    ],
    [
      'rules keep their order, non-matching targets are skipped',
      [
        clusterPolicy('p', {
          overrideRules: [
            rule({}),
            rule({}, { clusterNames: ['member2'] }),
            rule({}, { labelSelector: { matchLabels: { env: 'prod' } } }),
            rule({}, null),
          ],
        }),
      ],
      ['p#0', 'p#2', 'p#3'],
    ],
    [
      'targetCluster {} matches every cluster',
      [clusterPolicy('p', { overrideRules: [rule({}, {})] })],
      ['p#0'],
    ],
    [
      'exclude beats clusterNames',
      [
        clusterPolicy('p', {
          overrideRules: [
            rule({}, { clusterNames: ['member1'], exclude: ['member1'] }),
          ],
        }),
      ],
      [],
    ],
    [
      'legacy targetCluster/overriders form one rule',
      [
        clusterPolicy('p', {
          targetCluster: { clusterNames: ['member1'] },
          overriders: annotate('a', 'b'),
        }),
      ],
      ['p#0'],
    ],
    [
      'legacy form with another cluster',
      [
        clusterPolicy('p', {
          targetCluster: { clusterNames: ['member2'] },
          overriders: annotate('a', 'b'),
        }),
      ],
      [],
    ],
  ])('%s', (_name, policies, expected) => {
    expect(order(policies)).toEqual(expected);
  });

  it('ignores the legacy fields when overrideRules are set', () => {
    const [applied] = selectOverrideRules(deployment(), cluster(), [
      clusterPolicy('p', {
        overrideRules: [rule(annotate('new', '1'))],
        overriders: annotate('legacy', '1'),
      }),
    ]);
    expect(applied.legacy).toBe(false);
    expect(applied.overriders).toEqual(annotate('new', '1'));
  });

  it('reads zones, provider and region through field selectors', () => {
    const member = cluster('m', {
      spec: { provider: 'aws', region: 'eu', zones: ['eu-1a'] },
    });
    const rules = (fieldSelector: object) =>
      selectOverrideRules(deployment(), member, [
        clusterPolicy('p', {
          overrideRules: [rule({}, { fieldSelector } as never)],
        }),
      ]).length;
    expect(
      rules({
        matchExpressions: [{ key: 'zone', operator: 'In', values: ['eu-1a'] }],
      }),
    ).toBe(1);
    expect(
      rules({
        matchExpressions: [
          { key: 'provider', operator: 'NotIn', values: ['aws'] },
        ],
      }),
    ).toBe(0);
    expect(
      rules({
        matchExpressions: [{ key: 'region', operator: 'In', values: ['eu'] }],
      }),
    ).toBe(1);
  });
});
