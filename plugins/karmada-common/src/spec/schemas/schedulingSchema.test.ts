import { firstIssue } from '../__testUtils__/firstIssue';
import { schedulingSpecSchema } from './schedulingSchema';

describe('schedulingSpecSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [{ type: 'DynamicWeight' }, 'ok'],
    [
      {
        type: 'StaticWeight',
        weights: [
          { clusterNames: ['a'], weight: 2 },
          { labelSelector: { matchLabels: { tier: 'gold' } }, weight: 1 },
        ],
      },
      'ok',
    ],
    [
      { type: 'StaticWeight', weights: [{ weight: 1 }] },
      'weights[0]: give either clusterNames or labelSelector',
    ],
    [
      {
        type: 'StaticWeight',
        weights: [{ clusterNames: ['a'], labelSelector: {}, weight: 1 }],
      },
      'weights[0]: give either clusterNames or labelSelector',
    ],
    [
      { type: 'StaticWeight', weights: [{ clusterNames: ['a'], weight: 0 }] },
      'weights[0].weight: must be 1 or more',
    ],
    [
      {
        type: 'StaticWeight',
        weights: [
          {
            labelSelector: { matchExpressions: [{ key: 'a', operator: 'In' }] },
            weight: 1,
          },
        ],
      },
      'weights[0].labelSelector.matchExpressions[0].values: needs at least one value when the operator is In',
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(schedulingSpecSchema, value)).toMatch(expected);
  });
});
