import type { ClusterAffinity, Placement } from '../../types';
import { ClusterOptions, makeCluster } from '../__fixtures__/makeCluster';
import { createFleetSnapshot } from '../snapshot';
import { ReasonCache } from '../filterContext';
import {
  CLUSTER_AFFINITY_REASON,
  createClusterAffinityFilter,
} from './clusterAffinity';

const prod: ClusterOptions = {
  labels: { env: 'prod', tier: 'web' },
  provider: 'aws',
  region: 'us-east-1',
  zones: ['us-east-1a', 'us-east-1b'],
};

function why(
  affinity: ClusterAffinity,
  options: ClusterOptions = prod,
): string | undefined {
  return whyPlacement({ clusterAffinity: affinity }, undefined, true, options);
}

function whyPlacement(
  placement: Placement,
  affinityName: string | undefined,
  isWorkload: boolean,
  options: ClusterOptions = prod,
): string | undefined {
  const snapshot = createFleetSnapshot([makeCluster('c1', options)]);
  const plugin = createClusterAffinityFilter({
    snapshot,
    placement,
    affinityName,
    isWorkload,
    reasons: new ReasonCache(),
  });
  const failure = plugin.filter(0);
  expect(plugin.filterAll()[0]).toBe(failure);
  if (failure) expect(failure.karmada).toBe(CLUSTER_AFFINITY_REASON);
  return failure?.message;
}

describe('ClusterAffinity filter: ClusterMatches (SEMANTICS §4.3)', () => {
  it.each<[string, ClusterAffinity, string | undefined]>([
    ['an empty affinity matches', {}, undefined],
    ['labelSelector {} matches everything', { labelSelector: {} }, undefined],
    [
      'matchLabels that hold',
      { labelSelector: { matchLabels: { env: 'prod' } } },
      undefined,
    ],
    [
      'matchLabels with another value',
      { labelSelector: { matchLabels: { env: 'staging' } } },
      'label env is prod, not one of staging',
    ],
    [
      'matchLabels with a missing key',
      { labelSelector: { matchLabels: { gpu: 'true' } } },
      'label gpu is missing (needs true)',
    ],
    [
      'In lists the allowed values',
      {
        labelSelector: {
          matchExpressions: [
            { key: 'env', operator: 'In', values: ['staging', 'dev'] },
          ],
        },
      },
      'label env is prod, not one of staging, dev',
    ],
    [
      'NotIn names the excluded value',
      {
        labelSelector: {
          matchExpressions: [
            { key: 'env', operator: 'NotIn', values: ['prod'] },
          ],
        },
      },
      'label env is prod, which is excluded',
    ],
    [
      'NotIn passes a missing key',
      {
        labelSelector: {
          matchExpressions: [{ key: 'gpu', operator: 'NotIn', values: ['x'] }],
        },
      },
      undefined,
    ],
    [
      'Exists on a missing key',
      {
        labelSelector: {
          matchExpressions: [{ key: 'gpu', operator: 'Exists' }],
        },
      },
      'label gpu is missing',
    ],
    [
      'DoesNotExist on a present key',
      {
        labelSelector: {
          matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }],
        },
      },
      'label tier is set (web) but must be absent',
    ],
    [
      'the first failing expression is named (matchLabels and expressions are ANDed)',
      {
        labelSelector: {
          matchLabels: { env: 'prod' },
          matchExpressions: [
            { key: 'tier', operator: 'In', values: ['web'] },
            { key: 'team', operator: 'Exists' },
          ],
        },
      },
      'label team is missing',
    ],
    [
      'an invalid selector (In without values) matches nothing',
      { labelSelector: { matchExpressions: [{ key: 'env', operator: 'In' }] } },
      'label selector is invalid (matchExpressions: values: must be specified when operator is In), so it matches no cluster',
    ],
    [
      'an empty label key is invalid',
      { labelSelector: { matchLabels: { '': 'x' } } },
      'label selector is invalid (matchLabels: key "": name part must be non-empty), so it matches no cluster',
    ],
    [
      'region In holds',
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'region', operator: 'In', values: ['us-east-1'] },
          ],
        },
      },
      undefined,
    ],
    [
      'region In names the region',
      {
        fieldSelector: {
          matchExpressions: [
            {
              key: 'region',
              operator: 'In',
              values: ['eu-west-1', 'us-west-2'],
            },
          ],
        },
      },
      'region us-east-1 is not one of eu-west-1, us-west-2',
    ],
    [
      'provider NotIn',
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'provider', operator: 'NotIn', values: ['aws'] },
          ],
        },
      },
      'provider aws, which is excluded',
    ],
    [
      'zone In holds when any zone is listed',
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'zone', operator: 'In', values: ['us-east-1b', 'x'] },
          ],
        },
      },
      undefined,
    ],
    [
      'zone In with no zone listed',
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'zone', operator: 'In', values: ['eu-west-1a'] },
          ],
        },
      },
      'zones us-east-1a, us-east-1b are not among eu-west-1a',
    ],
    [
      'zone NotIn fails when any zone is listed',
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'zone', operator: 'NotIn', values: ['us-east-1b'] },
          ],
        },
      },
      'zone us-east-1b is excluded',
    ],
    [
      'zone with an unsupported operator never matches',
      {
        fieldSelector: {
          matchExpressions: [{ key: 'zone', operator: 'Gt', values: ['1'] }],
        },
      },
      'zone operator "Gt" is not supported, so it matches no cluster',
    ],
    [
      'a key other than provider/region/zone is never set',
      {
        fieldSelector: {
          matchExpressions: [{ key: 'cloud', operator: 'In', values: ['aws'] }],
        },
      },
      'cloud is not a cluster field (only provider, region and zone are), so it is never set',
    ],
    [
      'an invalid field expression makes the whole selector fail',
      {
        fieldSelector: {
          matchExpressions: [{ key: 'region', operator: 'In' }],
        },
      },
      'field selector is invalid (region: values: must be specified when operator is In), so it matches no cluster',
    ],
    ['clusterNames lists it', { clusterNames: ['x', 'c1'] }, undefined],
    [
      'clusterNames without it',
      { clusterNames: ['x'] },
      'not in the named clusters',
    ],
    [
      'exclude wins over clusterNames',
      { clusterNames: ['c1'], exclude: ['c1'] },
      'excluded by name',
    ],
  ])('%s', (_, affinity, message) => {
    expect(why(affinity)).toBe(message);
  });

  it.each<[string, ClusterOptions, ClusterAffinity, string | undefined]>([
    [
      'region NotIn matches a cluster without region',
      {},
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'region', operator: 'NotIn', values: ['x'] },
          ],
        },
      },
      undefined,
    ],
    [
      'region In on a cluster without region',
      {},
      {
        fieldSelector: {
          matchExpressions: [{ key: 'region', operator: 'In', values: ['x'] }],
        },
      },
      'cluster has no region (needs x)',
    ],
    [
      'the deprecated spec.zone is never read',
      { zone: 'z1' },
      {
        fieldSelector: {
          matchExpressions: [{ key: 'zone', operator: 'In', values: ['z1'] }],
        },
      },
      'cluster has no zones (needs z1)',
    ],
    [
      'zone NotIn holds for a cluster without zones',
      {},
      {
        fieldSelector: {
          matchExpressions: [
            { key: 'zone', operator: 'NotIn', values: ['z1'] },
          ],
        },
      },
      undefined,
    ],
  ])('%s', (_, options, affinity, message) => {
    expect(why(affinity, options)).toBe(message);
  });

  describe('clusterAffinities terms', () => {
    const placement: Placement = {
      clusterAffinities: [
        {
          affinityName: 'primary',
          clusterNames: ['other'],
          overflowAffinities: [{ affinityName: 'burst', clusterNames: ['c1'] }],
        },
        {
          affinityName: 'fallback',
          labelSelector: { matchLabels: { env: 'prod' } },
        },
      ],
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Aggregated',
      },
    };

    it.each<[string, string | undefined, boolean, string | undefined]>([
      ['the term being tried decides', 'fallback', true, undefined],
      ['an overflow affinity admits a workload', 'primary', true, undefined],
      [
        'overflow affinities do not admit a non-workload',
        'primary',
        false,
        'not in the named clusters',
      ],
      ['no term with the name: no affinity in force', 'nope', true, undefined],
    ])('%s', (_, name, isWorkload, message) => {
      expect(whyPlacement(placement, name, isWorkload)).toBe(message);
    });

    it('names each affinity group when a cluster matches none', () => {
      const p: Placement = {
        clusterAffinities: [
          {
            affinityName: 'a',
            clusterNames: ['x'],
            overflowAffinities: [{ affinityName: 'b', exclude: ['c1'] }],
          },
        ],
      };
      expect(whyPlacement(p, 'a', true)).toBe(
        'matches none of: affinity "a" (not in the named clusters); overflow affinity "b" (excluded by name)',
      );
    });
  });
});
