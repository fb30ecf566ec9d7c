import { ResourceSelector } from '../types';
import { deployment } from './__fixtures__/builders';
import {
  ImplicitPriority,
  resourceMatchSelectorsPriority,
  resourceSelectorPriority,
} from './resourceSelectors';

const base = { apiVersion: 'apps/v1', kind: 'Deployment' };

describe('resourceSelectorPriority', () => {
  it.each<[string, ResourceSelector, ImplicitPriority]>([
    ['apiVersion + kind only', base, ImplicitPriority.MatchAll],
    [
      'another apiVersion',
      { ...base, apiVersion: 'apps/v1beta1' },
      ImplicitPriority.MisMatch,
    ],
    [
      'another kind',
      { ...base, kind: 'StatefulSet' },
      ImplicitPriority.MisMatch,
    ],
    [
      'the same namespace',
      { ...base, namespace: 'default' },
      ImplicitPriority.MatchAll,
    ],
    [
      'another namespace',
      { ...base, namespace: 'other' },
      ImplicitPriority.MisMatch,
    ],
    ['the name', { ...base, name: 'web' }, ImplicitPriority.MatchName],
    ['another name', { ...base, name: 'api' }, ImplicitPriority.MisMatch],
    [
      'the name beats a non-matching label selector',
      { ...base, name: 'web', labelSelector: { matchLabels: { app: 'x' } } },
      ImplicitPriority.MatchName,
    ],
    [
      'a matching label selector',
      { ...base, labelSelector: { matchLabels: { app: 'web' } } },
      ImplicitPriority.MatchLabelSelector,
    ],
    [
      'an empty label selector',
      { ...base, labelSelector: {} },
      ImplicitPriority.MatchLabelSelector,
    ],
    [
      'a non-matching label selector',
      { ...base, labelSelector: { matchLabels: { app: 'api' } } },
      ImplicitPriority.MisMatch,
    ],
    [
      'an invalid label selector never matches',
      {
        ...base,
        labelSelector: {
          matchExpressions: [{ key: 'app', operator: 'In', values: [] }],
        },
      },
      ImplicitPriority.MisMatch,
    ],
    [
      'an unknown operator never matches',
      {
        ...base,
        labelSelector: {
          matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }],
        },
      },
      ImplicitPriority.MisMatch,
    ],
  ])('%s', (_name, selector, expected) => {
    expect(resourceSelectorPriority(deployment(), selector)).toBe(expected);
  });

  it('takes the highest priority of any matching selector (OR)', () => {
    const selectors = [
      { ...base, name: 'api' },
      base,
      { ...base, labelSelector: { matchLabels: { app: 'web' } } },
    ];
    expect(resourceMatchSelectorsPriority(deployment(), selectors)).toBe(
      ImplicitPriority.MatchLabelSelector,
    );
    expect(resourceMatchSelectorsPriority(deployment(), [])).toBe(
      ImplicitPriority.MisMatch,
    );
  });

  it('treats labels that are not a string map as no labels', () => {
    const resource = deployment({
      metadata: { name: 'web', labels: { app: 1 } as never },
    });
    expect(
      resourceSelectorPriority(resource, {
        ...base,
        labelSelector: {
          matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }],
        },
      }),
    ).toBe(ImplicitPriority.MatchLabelSelector);
  });
});
