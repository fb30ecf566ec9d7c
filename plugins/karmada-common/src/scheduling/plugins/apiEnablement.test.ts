import type { Cluster } from '../../types';
import { makeCluster } from '../__fixtures__/makeCluster';
import { createFleetSnapshot } from '../snapshot';
import { ReasonCache } from '../filterContext';
import {
  API_ENABLEMENT_REASON,
  createApiEnablementFilter,
} from './apiEnablement';

function filterOne(cluster: Cluster) {
  const snapshot = createFleetSnapshot([cluster]);
  const plugin = createApiEnablementFilter({
    snapshot,
    placement: {},
    isWorkload: true,
    reasons: new ReasonCache(),
  });
  expect(plugin.filterAll()[0]).toBe(plugin.filter(0));
  return plugin.filter(0);
}

const withApis = (apiEnablements: unknown, complete: boolean): Cluster => ({
  metadata: { name: 'c' },
  status: {
    apiEnablements: apiEnablements as NonNullable<
      Cluster['status']
    >['apiEnablements'],
    conditions: complete
      ? [{ type: 'CompleteAPIEnablements', status: 'True' }]
      : [],
  },
});

describe('APIEnablement filter (SEMANTICS §4.1)', () => {
  it.each([
    ['apps/v1 Deployment listed', makeCluster('c'), undefined],
    [
      'listed in a partial list (condition missing)',
      withApis(
        [
          {
            groupVersion: 'apps/v1',
            resources: [{ name: 'deployments', kind: 'Deployment' }],
          },
        ],
        false,
      ),
      undefined,
    ],
    [
      'complete list without it',
      makeCluster('c', { api: 'disabled' }),
      'no apps/v1 Deployment API',
    ],
    [
      'partial list without it (APIUnknown, still out)',
      makeCluster('c', { api: 'partial' }),
      'no apps/v1 Deployment API in its (incomplete) API list',
    ],
    [
      'no status at all',
      makeCluster('c', { api: 'none' }),
      'no apps/v1 Deployment API (the cluster reports no APIs)',
    ],
    [
      'apps/v1beta2 does not count',
      withApis(
        [
          {
            groupVersion: 'apps/v1beta2',
            resources: [{ name: 'deployments', kind: 'Deployment' }],
          },
        ],
        true,
      ),
      'no apps/v1 Deployment API',
    ],
    [
      'another kind in apps/v1 does not count',
      withApis(
        [
          {
            groupVersion: 'apps/v1',
            resources: [{ name: 'statefulsets', kind: 'StatefulSet' }],
          },
        ],
        true,
      ),
      'no apps/v1 Deployment API',
    ],
  ])('%s', (_, cluster, message) => {
    const failure = filterOne(cluster);
    expect(failure?.message).toBe(message);
    expect(failure?.karmada).toBe(message && API_ENABLEMENT_REASON);
  });
});
