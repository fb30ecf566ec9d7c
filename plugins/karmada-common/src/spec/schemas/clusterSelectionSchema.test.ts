import { firstIssue } from '../__testUtils__/firstIssue';
import {
  clusterLabelConditionSchema,
  fallbackSchema,
} from './clusterSelectionSchema';

describe('clusterLabelConditionSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [{ key: 'env', operator: 'Equal', value: 'prod' }, 'ok'],
    [{ key: 'gpu', operator: 'Exists' }, 'ok'],
    [
      { key: 'env', operator: 'In', values: [] },
      'values: needs at least one value when the operator is In',
    ],
    [
      { key: 'env', operator: 'In', value: 'x', values: ['y'] },
      'value: is not used with In (use values)',
    ],
    [
      { key: 'env', operator: 'Equal', values: ['x'] },
      /^value: is required when the operator is Equal/,
    ],
    [
      { key: 'env', operator: 'DoesNotExist', values: ['x'] },
      'values: must be empty when the operator is DoesNotExist',
    ],
    [
      { key: '-bad', operator: 'Exists' },
      /^key: "-bad": name part must consist of/,
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(clusterLabelConditionSchema, value)).toMatch(expected);
  });
});

describe('fallbackSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [{ name: 'backup', mode: 'area', area: { regions: ['eu-west-1'] } }, 'ok'],
    [
      { name: 'backup', mode: 'clusters', clusterNames: ['a'], exclude: ['b'] },
      'ok',
    ],
    [{ name: '', mode: 'area' }, 'name: must not be empty'],
    [
      { name: 'backup', mode: 'clusters' },
      'clusterNames: choose at least one cluster',
    ],
    [
      {
        name: 'backup',
        mode: 'labels',
        labels: [{ key: 'tier', operator: 'Exists' }],
        clusterNames: ['a'],
      },
      'clusterNames: is only used when the placement mode is clusters (mode is labels)',
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(fallbackSchema, value)).toMatch(expected);
  });
});
