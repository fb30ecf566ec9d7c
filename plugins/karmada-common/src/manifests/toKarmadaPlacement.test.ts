import type { PlacementSpec, SchedulingSpec } from '../spec';
import { Placement } from '../types';
import {
  toKarmadaPlacement,
  toReplicaScheduling,
  UNLIMITED_CLUSTER_GROUPS,
} from './toKarmadaPlacement';

const duplicated: SchedulingSpec = { type: 'Duplicated' };

describe('toKarmadaPlacement', () => {
  it.each<[string, PlacementSpec, Placement]>([
    [
      'specify clusters',
      { mode: 'clusters', clusterNames: ['member1', 'member2'] },
      {
        clusterAffinity: { clusterNames: ['member1', 'member2'] },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'designated area: provider, region and zone In, empty lists left out',
      {
        mode: 'area',
        area: {
          providers: ['aws'],
          regions: [],
          zones: ['eu-west-1a', 'eu-west-1b'],
        },
      },
      {
        clusterAffinity: {
          fieldSelector: {
            matchExpressions: [
              { key: 'provider', operator: 'In', values: ['aws'] },
              {
                key: 'zone',
                operator: 'In',
                values: ['eu-west-1a', 'eu-west-1b'],
              },
            ],
          },
        },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'designated area with no choice: any cluster',
      { mode: 'area', area: { providers: [], regions: [], zones: [] } },
      { replicaScheduling: { replicaSchedulingType: 'Duplicated' } },
    ],
    [
      'labels: Equal becomes In with one value',
      {
        mode: 'labels',
        labels: [
          { key: 'env', operator: 'Equal', value: 'prod' },
          { key: 'tier', operator: 'NotIn', values: ['bronze'] },
          { key: 'gpu', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      },
      {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [
              { key: 'env', operator: 'In', values: ['prod'] },
              { key: 'tier', operator: 'NotIn', values: ['bronze'] },
              { key: 'gpu', operator: 'Exists' },
              { key: 'legacy', operator: 'DoesNotExist' },
            ],
          },
        },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'exclude and tolerations',
      {
        mode: 'labels',
        labels: [{ key: 'env', operator: 'In', values: ['prod'] }],
        exclude: ['member3'],
        tolerations: [
          { key: 'maintenance', operator: 'Exists', effect: 'NoSchedule' },
          { key: 'team', operator: 'Equal', value: 'a' },
        ],
      },
      {
        clusterAffinity: {
          labelSelector: {
            matchExpressions: [
              { key: 'env', operator: 'In', values: ['prod'] },
            ],
          },
          exclude: ['member3'],
        },
        clusterTolerations: [
          { key: 'maintenance', operator: 'Exists', effect: 'NoSchedule' },
          { key: 'team', operator: 'Equal', value: 'a' },
        ],
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'dynamic region selection: an explicit, uncapping cluster constraint first',
      {
        mode: 'area',
        area: { providers: [], regions: [], zones: [] },
        spreadByRegion: { minGroups: 2, maxGroups: 3 },
      },
      {
        spreadConstraints: [
          {
            spreadByField: 'cluster',
            minGroups: 2,
            maxGroups: UNLIMITED_CLUSTER_GROUPS,
          },
          { spreadByField: 'region', minGroups: 2, maxGroups: 3 },
        ],
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'cluster spread, with region spread',
      {
        mode: 'clusters',
        clusterNames: ['a', 'b', 'c'],
        spreadByCluster: { minGroups: 1, maxGroups: 2 },
        spreadByRegion: { minGroups: 1, maxGroups: 2 },
      },
      {
        clusterAffinity: { clusterNames: ['a', 'b', 'c'] },
        spreadConstraints: [
          { spreadByField: 'cluster', minGroups: 1, maxGroups: 2 },
          { spreadByField: 'region', minGroups: 1, maxGroups: 2 },
        ],
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
    [
      'fallbacks: clusterAffinities, primary first, exclude applied to every term',
      {
        mode: 'clusters',
        clusterNames: ['a'],
        exclude: ['x'],
        fallbacks: [
          {
            name: 'backup',
            mode: 'area',
            area: { providers: [], regions: ['eu'], zones: [] },
            exclude: ['y'],
          },
        ],
      },
      {
        clusterAffinities: [
          { affinityName: 'primary', clusterNames: ['a'], exclude: ['x'] },
          {
            affinityName: 'backup',
            fieldSelector: {
              matchExpressions: [
                { key: 'region', operator: 'In', values: ['eu'] },
              ],
            },
            exclude: ['x', 'y'],
          },
        ],
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    ],
  ])('%s', (_what, placement, expected) => {
    expect(toKarmadaPlacement(placement, duplicated)).toEqual(expected);
  });
});

describe('toReplicaScheduling', () => {
  it.each<[SchedulingSpec, object]>([
    [{ type: 'Duplicated' }, { replicaSchedulingType: 'Duplicated' }],
    [
      { type: 'Aggregated' },
      {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Aggregated',
      },
    ],
    [
      { type: 'DynamicWeight' },
      {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    ],
    [
      {
        type: 'StaticWeight',
        weights: [
          { clusterNames: ['a'], weight: 2 },
          { labelSelector: { matchLabels: { tier: 'gold' } }, weight: 1 },
        ],
      },
      {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: {
          staticWeightList: [
            { targetCluster: { clusterNames: ['a'] }, weight: 2 },
            {
              targetCluster: {
                labelSelector: { matchLabels: { tier: 'gold' } },
              },
              weight: 1,
            },
          ],
        },
      },
    ],
  ])('%j', (scheduling, expected) => {
    expect(toReplicaScheduling(scheduling)).toEqual(expected);
  });
});
