import type { Placement } from '../types';
import { applyPlacementDefaults, replicaSchedulingType } from './defaults';

describe('applyPlacementDefaults (SEMANTICS §3)', () => {
  it.each<[string, Placement, Placement]>([
    ['an empty placement stays empty', {}, {}],
    [
      'an empty replicaScheduling becomes Divided/Weighted',
      { replicaScheduling: {} },
      {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
        },
      },
    ],
    [
      'Divided without a preference becomes Weighted',
      { replicaScheduling: { replicaSchedulingType: 'Divided' } },
      {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
        },
      },
    ],
    [
      'Duplicated gets no preference',
      { replicaScheduling: { replicaSchedulingType: 'Duplicated' } },
      { replicaScheduling: { replicaSchedulingType: 'Duplicated' } },
    ],
    [
      'Aggregated is kept',
      { replicaScheduling: { replicaDivisionPreference: 'Aggregated' } },
      {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Aggregated',
        },
      },
    ],
    [
      'a spread constraint without field or label spreads by cluster, minGroups 1, maxGroups left at 0',
      { spreadConstraints: [{}] },
      { spreadConstraints: [{ spreadByField: 'cluster', minGroups: 1 }] },
    ],
    [
      'spreadByLabel keeps its field empty',
      { spreadConstraints: [{ spreadByLabel: 'team', minGroups: 2 }] },
      { spreadConstraints: [{ spreadByLabel: 'team', minGroups: 2 }] },
    ],
    [
      'empty lists are dropped like omitempty does',
      {
        clusterAffinities: [],
        clusterTolerations: [],
        spreadConstraints: [],
        clusterAffinity: { clusterNames: [], exclude: [] },
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          weightPreference: { staticWeightList: [] },
        },
      },
      {
        clusterAffinity: {},
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
          weightPreference: {},
        },
      },
    ],
    [
      'empty objects stay (labelSelector: {} matches everything)',
      { clusterAffinity: { labelSelector: {} } },
      { clusterAffinity: { labelSelector: {} } },
    ],
    [
      'empty overflowAffinities are dropped from a term',
      { clusterAffinities: [{ affinityName: 'a', overflowAffinities: [] }] },
      { clusterAffinities: [{ affinityName: 'a' }] },
    ],
  ])('%s', (_, input, expected) => {
    const copy = JSON.parse(JSON.stringify(input));
    expect(applyPlacementDefaults(input)).toEqual(expected);
    expect(input).toEqual(copy);
  });
});

describe('replicaSchedulingType', () => {
  it.each<[Placement, string]>([
    [{}, 'Duplicated'],
    [{ replicaScheduling: { replicaSchedulingType: 'Divided' } }, 'Divided'],
    [
      { replicaScheduling: { replicaSchedulingType: 'Duplicated' } },
      'Duplicated',
    ],
  ])('%j → %s', (placement, type) => {
    expect(replicaSchedulingType(placement)).toBe(type);
  });
});
