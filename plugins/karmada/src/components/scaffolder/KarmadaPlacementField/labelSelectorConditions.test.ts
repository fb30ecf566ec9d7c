import {
  conditionsToSelector,
  selectorToConditions,
} from './labelSelectorConditions';

describe('label selector conditions', () => {
  it('writes equal conditions to matchLabels and the others to matchExpressions', () => {
    expect(
      conditionsToSelector([
        { key: 'env', operator: 'In', values: ['prod', 'staging'] },
        { key: 'tier', operator: 'Equal', value: 'gold' },
        { key: 'gpu', operator: 'Exists' },
      ]),
    ).toEqual({
      matchLabels: { tier: 'gold' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod', 'staging'] },
        { key: 'gpu', operator: 'Exists' },
      ],
    });
    expect(conditionsToSelector([])).toEqual({});
  });

  it('reads a selector (e.g. a template default) back as conditions', () => {
    const selector = {
      matchLabels: { team: 'payments' },
      matchExpressions: [
        { key: 'env', operator: 'NotIn' as const, values: ['dev'] },
      ],
    };
    const conditions = selectorToConditions(selector);
    expect(conditions).toEqual([
      { key: 'team', operator: 'Equal', value: 'payments' },
      { key: 'env', operator: 'NotIn', values: ['dev'] },
    ]);
    expect(conditionsToSelector(conditions)).toEqual(selector);
  });
});
