import { firstIssue } from '../__testUtils__/firstIssue';
import {
  clusterTolerationSchema,
  placementSpecSchema,
} from './placementSchema';

describe('placementSpecSchema', () => {
  it.each<[string, unknown, string | RegExp]>([
    ['names', { mode: 'clusters', clusterNames: ['a', 'b'] }, 'ok'],
    [
      'an area with only regions',
      { mode: 'area', area: { regions: ['eu-west'] } },
      'ok',
    ],
    ['an empty area (any cluster)', { mode: 'area', area: {} }, 'ok'],
    [
      'labels',
      {
        mode: 'labels',
        labels: [{ key: 'env', operator: 'In', values: ['prod'] }],
      },
      'ok',
    ],
    [
      'a name listed twice',
      { mode: 'clusters', clusterNames: ['a', 'a'] },
      'clusterNames[1]: cluster "a" is listed twice',
    ],
    [
      'an empty region',
      { mode: 'area', area: { regions: [''] } },
      'area.regions[0]: must not be empty',
    ],
    [
      'labels mode without labels',
      { mode: 'labels', labels: [] },
      'labels: add at least one label condition',
    ],
    [
      'an unknown mode',
      { mode: 'everywhere' },
      /^mode: unknown placement mode "everywhere"/,
    ],
    [
      'two fallbacks with one name',
      {
        mode: 'clusters',
        clusterNames: ['a'],
        fallbacks: [
          { name: 'b', mode: 'area' },
          { name: 'b', mode: 'area' },
        ],
      },
      /^fallbacks\[1\]\.name: "b" is already used/,
    ],
    [
      'a fallback name over 32 characters',
      {
        mode: 'clusters',
        clusterNames: ['a'],
        fallbacks: [{ name: 'f'.repeat(33), mode: 'area' }],
      },
      /^fallbacks\[0\]\.name: must be at most 32 characters/,
    ],
    [
      'a cluster limit below the region minimum',
      {
        mode: 'area',
        spreadByRegion: { minGroups: 3, maxGroups: 3 },
        spreadByCluster: { maxGroups: 2 },
      },
      /^spreadByCluster\.maxGroups: must be at least spreadByRegion\.minGroups \(3\)/,
    ],
    [
      'a zero maxGroups',
      { mode: 'area', spreadByCluster: { maxGroups: 0 } },
      'spreadByCluster.maxGroups: must be 1 or more',
    ],
  ])('%s', (_what, value, expected) => {
    expect(firstIssue(placementSpecSchema, value)).toMatch(expected);
  });
});

describe('clusterTolerationSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [{ key: 'maintenance', operator: 'Exists', effect: 'NoSchedule' }, 'ok'],
    [{ operator: 'Exists' }, 'ok'],
    [{ key: 'team', value: 'a' }, 'ok'],
    [
      { key: 'x', effect: 'PreferNoSchedule' },
      /^effect: unknown effect "PreferNoSchedule"/,
    ],
    [
      { key: 'x', operator: 'Exists', value: 'y' },
      'value: must be empty when the operator is Exists',
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(clusterTolerationSchema, value)).toMatch(expected);
  });
});
