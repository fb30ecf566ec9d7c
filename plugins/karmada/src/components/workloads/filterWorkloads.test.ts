import type { WorkloadSummaryDto } from '@karmada-backstage/plugin-karmada-common';
import { filterOptions, filterWorkloads } from './filterWorkloads';

const w = (
  name: string,
  extra: Partial<WorkloadSummaryDto> = {},
): WorkloadSummaryDto => ({
  instance: 'local',
  namespace: 'team-a',
  name,
  kind: 'Deployment',
  managed: true,
  replicas: 1,
  readyReplicas: 1,
  clusters: [],
  health: 'Healthy',
  ...extra,
});

const items = [
  w('a', { owner: 'group:default/x', kubernetesId: 'a' }),
  w('b', {
    initiator: 'user:default/y',
    instance: 'prod',
    health: 'Degraded',
    image: 'nginx:1',
  }),
  w('c', { namespace: 'team-b', kubernetesId: 'cee' }),
];
const entityOf = (x: WorkloadSummaryDto) =>
  x.name === 'a' ? 'component:default/a' : undefined;

describe('filterWorkloads', () => {
  it.each([
    [{}, ['a', 'b', 'c']],
    [{ instance: 'prod' }, ['b']],
    [{ namespace: 'team-b' }, ['c']],
    [{ owner: 'group:default/x' }, ['a']],
    [{ owner: 'user:default/y' }, ['b']],
    [{ entity: 'component:default/a' }, ['a']],
    [{ health: 'Degraded' }, ['b']],
    [{ text: 'NGINX' }, ['b']],
    [{ text: 'cee' }, ['c']],
    [{ instance: 'local', health: 'Degraded' }, []],
  ])('%j', (filters, names) => {
    expect(filterWorkloads(items, filters, entityOf).map(x => x.name)).toEqual(
      names,
    );
  });

  it('offers only values that occur', () => {
    expect(filterOptions(items, entityOf)).toEqual({
      instance: ['local', 'prod'],
      namespace: ['team-a', 'team-b'],
      owner: ['group:default/x', 'user:default/y'],
      entity: ['component:default/a'],
      health: ['Degraded', 'Healthy'],
    });
  });
});
