import type { SpreadConstraint } from '../../types';
import { ClusterOptions, makeCluster } from '../__fixtures__/makeCluster';
import { createFleetSnapshot } from '../snapshot';
import { ReasonCache } from '../filterContext';
import { createSpreadConstraintFilter } from './spreadConstraint';

function run(options: ClusterOptions, constraints: SpreadConstraint[]) {
  const snapshot = createFleetSnapshot([makeCluster('c', options)]);
  const plugin = createSpreadConstraintFilter({
    snapshot,
    placement: { spreadConstraints: constraints },
    isWorkload: true,
    reasons: new ReasonCache(),
  });
  expect(plugin.filterAll()[0]).toBe(plugin.filter(0));
  return plugin.filter(0);
}

describe('SpreadConstraint filter (SEMANTICS §4.4)', () => {
  it.each<[string, ClusterOptions, SpreadConstraint[], string | undefined]>([
    [
      'cluster constraints filter nothing',
      {},
      [{ spreadByField: 'cluster' }],
      undefined,
    ],
    [
      'spreadByLabel filters nothing',
      {},
      [{ spreadByLabel: 'team' }],
      undefined,
    ],
    [
      'provider needed',
      {},
      [{ spreadByField: 'provider' }],
      'cluster(s) did not have provider property',
    ],
    [
      'region needed',
      { provider: 'aws' },
      [{ spreadByField: 'region' }],
      'cluster(s) did not have region property',
    ],
    [
      'zones needed (spec.zone does not count)',
      { zone: 'z' },
      [{ spreadByField: 'zone' }],
      'cluster(s) did not have zones property',
    ],
    [
      'all present',
      { provider: 'aws', region: 'r', zones: ['z'] },
      [{ spreadByField: 'zone' }, { spreadByField: 'region' }],
      undefined,
    ],
    [
      'constraints are checked in order',
      {},
      [{ spreadByField: 'zone' }, { spreadByField: 'provider' }],
      'cluster(s) did not have zones property',
    ],
  ])('%s', (_, options, constraints, karmada) => {
    expect(run(options, constraints)?.karmada).toBe(karmada);
  });

  it('says why in plain words', () => {
    expect(run({}, [{ spreadByField: 'region' }])?.message).toBe(
      'no region set (spreading by region needs one)',
    );
  });
});
