import { basicInputIssues } from './basicInputIssues';
import { placementFieldIssues } from './validateKarmadaPlacement';

const valid = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
  placement: { mode: 'clusters' as const, clusterNames: ['member1'] },
  scheduling: { type: 'Duplicated' as const },
};

describe('basicInputIssues', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['a valid value', {}, {}],
    [
      'a bad workload name',
      { name: 'Bad_Name' },
      {
        name: `"Bad_Name" must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
      },
    ],
    ['negative replicas', { replicas: -1 }, { replicas: 'must be 0 or more' }],
    [
      'fractional replicas',
      { replicas: 1.5 },
      { replicas: 'must be a whole number' },
    ],
    [
      'no namespace and no name',
      { namespace: undefined, name: undefined },
      { namespace: 'is required', name: 'is required' },
    ],
    [
      'a placement problem is not an input of the basic information',
      { placement: { mode: 'clusters', clusterNames: [] } },
      {},
    ],
  ])('%s', (_name, patch, expected) => {
    expect(
      basicInputIssues(placementFieldIssues({ ...valid, ...patch } as any)),
    ).toEqual(expected);
  });
});
