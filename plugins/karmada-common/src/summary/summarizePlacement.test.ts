import type { Placement } from '../types';
import { summarizePlacement } from './summarizePlacement';

const divided = (extra: Placement['replicaScheduling'] = {}) => ({
  replicaSchedulingType: 'Divided',
  replicaDivisionPreference: 'Weighted',
  ...extra,
});
const dynamic = divided({
  weightPreference: { dynamicWeight: 'AvailableReplicas' },
});
const names = (...clusterNames: string[]) => ({ clusterNames });

describe('summarizePlacement', () => {
  it.each<[string, Placement | undefined, string]>([
    [
      'no placement: Karmada duplicates to every cluster',
      undefined,
      'Duplicated to every cluster',
    ],
    ['empty placement', {}, 'Duplicated to every cluster'],
    [
      'Duplicated to named clusters',
      { clusterAffinity: names('member1', 'member2', 'member3') },
      'Duplicated to member1, member2 and member3',
    ],
    [
      'explicit Duplicated with labels',
      {
        clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
      'Duplicated to clusters with env=prod',
    ],
    [
      'dynamic weight with labels, region spread, exclusion and toleration',
      {
        clusterAffinity: {
          labelSelector: { matchLabels: { env: 'prod' } },
          exclude: ['member3'],
        },
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 2, maxGroups: 6 },
          { spreadByField: 'region', minGroups: 2, maxGroups: 3 },
        ],
        clusterTolerations: [
          { key: 'dedicated', operator: 'Equal', value: 'gpu' },
        ],
        replicaScheduling: dynamic,
      },
      'Divided by available replicas across clusters with env=prod in 2–3 regions on 2–6 clusters, excluding member3; tolerates dedicated=gpu',
    ],
    [
      'Aggregated over provider and regions',
      {
        clusterAffinity: {
          fieldSelector: {
            matchExpressions: [
              { key: 'provider', operator: 'In', values: ['aws'] },
              {
                key: 'region',
                operator: 'In',
                values: ['us-east-1', 'eu-west-1'],
              },
            ],
          },
        },
        replicaScheduling: divided({ replicaDivisionPreference: 'Aggregated' }),
      },
      'Aggregated across aws clusters in us-east-1 and eu-west-1',
    ],
    [
      'static weights between named clusters',
      {
        clusterAffinity: names('member1', 'member2'),
        replicaScheduling: divided({
          weightPreference: {
            staticWeightList: [
              { targetCluster: names('member1'), weight: 2 },
              { targetCluster: names('member2'), weight: 1 },
            ],
          },
        }),
      },
      'Divided 2:1 between member1 and member2',
    ],
    [
      'static weights by label, narrowed by the placement',
      {
        clusterAffinity: {
          fieldSelector: {
            matchExpressions: [
              { key: 'provider', operator: 'In', values: ['gcp'] },
            ],
          },
        },
        replicaScheduling: divided({
          weightPreference: {
            staticWeightList: [
              {
                targetCluster: {
                  labelSelector: { matchLabels: { tier: 'gold' } },
                },
                weight: 3,
              },
              { targetCluster: names('member4'), weight: 1 },
            ],
          },
        }),
      },
      'Divided across gcp clusters by static weights: 3 for each of the clusters with tier=gold, 1 for member4',
    ],
    [
      'Divided with no weight preference: equal static weights, spread ignored',
      {
        replicaScheduling: { replicaSchedulingType: 'Divided' },
        spreadConstraints: [
          { spreadByField: 'region', minGroups: 2, maxGroups: 2 },
        ],
      },
      'Divided equally across all clusters (only clusters with a region; spread constraints are ignored with static weights)',
    ],
    [
      'empty replicaScheduling defaults to Divided + Weighted, weightPreference {} keeps spread',
      {
        replicaScheduling: { weightPreference: {} },
        spreadConstraints: [{ maxGroups: 2 }],
      },
      'Divided equally across all clusters on 1–2 clusters',
    ],
    [
      'fallbacks with clusterAffinities',
      {
        clusterAffinities: [
          {
            affinityName: 'primary',
            fieldSelector: {
              matchExpressions: [
                { key: 'region', operator: 'In', values: ['us-east-1'] },
              ],
            },
          },
          {
            affinityName: 'backup',
            clusterNames: ['member9'],
            exclude: ['member8'],
          },
        ],
        replicaScheduling: dynamic,
      },
      'Divided by available replicas across clusters in us-east-1, else across member9 excluding member8',
    ],
    [
      'fallbacks for Duplicated with a cluster spread constraint',
      {
        clusterAffinities: [
          { affinityName: 'a', clusterNames: ['member1', 'member2'] },
          { affinityName: 'b' },
        ],
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 1 },
        ],
      },
      'Duplicated to member1 and member2, else to every cluster, either way on 1 cluster',
    ],
    [
      'overflow affinities',
      {
        clusterAffinities: [
          {
            affinityName: 'on-prem',
            labelSelector: { matchLabels: { site: 'dc1' } },
            overflowAffinities: [
              {
                affinityName: 'cloud',
                fieldSelector: {
                  matchExpressions: [
                    { key: 'provider', operator: 'In', values: ['aws'] },
                  ],
                },
              },
            ],
          },
        ],
        replicaScheduling: divided({ replicaDivisionPreference: 'Aggregated' }),
      },
      'Aggregated across clusters with site=dc1, overflowing to aws clusters',
    ],
    [
      'tolerations of every kind',
      {
        clusterTolerations: [
          { key: 'dedicated', operator: 'Exists' },
          { operator: 'Exists', effect: 'NoExecute' },
          { key: 'team', operator: 'Equal', value: 'a', effect: 'NoSchedule' },
        ],
      },
      'Duplicated to every cluster; tolerates any dedicated taint, every NoExecute taint and team=a:NoSchedule',
    ],
    [
      'label expressions and negative field selectors',
      {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [
              { key: 'env', operator: 'In', values: ['prod', 'staging'] },
              { key: 'gpu', operator: 'Exists' },
              { key: 'legacy', operator: 'DoesNotExist' },
            ],
          },
          fieldSelector: {
            matchExpressions: [
              { key: 'provider', operator: 'NotIn', values: ['azure'] },
              { key: 'zone', operator: 'In', values: ['us-east-1a'] },
            ],
          },
        },
        replicaScheduling: dynamic,
      },
      'Divided by available replicas across clusters with env=prod or staging, a gpu label and no legacy label in zone us-east-1a not on azure',
    ],
    [
      'zone and provider spread constraints only filter',
      {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [
              { key: 'env', operator: 'NotIn', values: ['dev'] },
            ],
          },
        },
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 2, maxGroups: 3 },
          { spreadByField: 'zone', minGroups: 2, maxGroups: 3 },
          { spreadByField: 'provider', minGroups: 1, maxGroups: 2 },
        ],
        replicaScheduling: dynamic,
      },
      'Divided by available replicas across clusters with env other than dev on 2–3 clusters (only clusters with a provider and a zone)',
    ],
    [
      'region maxGroups left at 0 is called out',
      {
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 4 },
          { spreadByField: 'region', minGroups: 2 },
        ],
        replicaScheduling: dynamic,
      },
      'Divided by available replicas across all clusters in at least 2 regions on 1–4 clusters (region maxGroups is 0, so Karmada cannot choose regions)',
    ],
    [
      'dynamic weight wins over a static list beside it',
      {
        clusterAffinity: names('member1', 'member2'),
        replicaScheduling: divided({
          weightPreference: {
            dynamicWeight: 'AvailableReplicas',
            staticWeightList: [{ targetCluster: names('member1'), weight: 5 }],
          },
        }),
      },
      'Divided by available replicas across member1 and member2',
    ],
    [
      'a single static weight target takes every replica',
      {
        replicaScheduling: divided({
          weightPreference: {
            staticWeightList: [{ targetCluster: names('member2'), weight: 1 }],
          },
        }),
      },
      'Divided all to member2 (static weight)',
    ],
    [
      'long cluster lists are shortened',
      {
        clusterAffinity: names('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'),
      },
      'Duplicated to m1, m2, m3, m4, m5, m6 and 2 more',
    ],
    [
      'names narrowed by labels, exclusions outside regions',
      {
        clusterAffinity: {
          clusterNames: ['member1', 'member2'],
          labelSelector: { matchLabels: { env: 'prod' } },
        },
        replicaScheduling: divided({ replicaDivisionPreference: 'Aggregated' }),
      },
      'Aggregated across member1 and member2 among clusters with env=prod',
    ],
    [
      'region NotIn and several exclusions',
      {
        clusterAffinity: {
          fieldSelector: {
            matchExpressions: [
              { key: 'region', operator: 'NotIn', values: ['cn-north-1'] },
            ],
          },
          exclude: ['member3', 'member4'],
        },
      },
      'Duplicated to clusters outside cn-north-1, excluding member3 and member4',
    ],
  ])('%s', (_name, placement, expected) => {
    expect(summarizePlacement(placement)).toBe(expected);
  });
});
