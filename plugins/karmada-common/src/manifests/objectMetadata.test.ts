import { validateWorkloadSpec } from '../spec';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import {
  compact,
  kubernetesIdOf,
  provenanceAnnotations,
  sortedRecord,
  workloadLabels,
} from './objectMetadata';

describe('objectMetadata', () => {
  it.each([
    [
      { a: 1, b: undefined, c: null },
      { a: 1, c: null },
    ],
    [{}, {}],
  ])('compact(%j)', (value, expected) => {
    expect(compact(value)).toEqual(expected);
  });

  it.each([
    [undefined, undefined],
    [{}, undefined],
    [{ b: '1', a: '2', B: '3' }, ['B', 'a', 'b']],
  ])('sortedRecord(%j) keys', (map, keys) => {
    const sorted = sortedRecord(map);
    expect(sorted && Object.keys(sorted)).toEqual(keys);
  });

  it.each([
    [{ name: 'web' }, 'web'],
    [{ name: 'web', kubernetesId: 'storefront' }, 'storefront'],
  ])('kubernetesIdOf(%j)', (spec, id) => {
    expect(kubernetesIdOf(spec)).toBe(id);
  });

  it.each([
    [{}, undefined],
    [
      { initiator: 'user:default/jane' },
      { 'karmada.backstage.io/created-by': 'user:default/jane' },
    ],
    [
      { template: 'template:default/t' },
      { 'karmada.backstage.io/template': 'template:default/t' },
    ],
  ])('provenanceAnnotations(%j)', (options, expected) => {
    expect(provenanceAnnotations(options)).toEqual(expected);
  });

  it('puts the portal labels first, then the user labels sorted', () => {
    const spec = validateWorkloadSpec({
      ...baseSpec(),
      advanced: { labels: { zeta: '1', alpha: '2' } },
    });
    expect(Object.keys(workloadLabels(spec))).toEqual([
      'app',
      'backstage.io/kubernetes-id',
      'app.kubernetes.io/managed-by',
      'alpha',
      'zeta',
    ]);
  });
});
