import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  TEST_KARMADA_BASE_URL,
  createTestKarmadaClient,
  karmadaHandlers,
  runValidator,
  testPreviewUnschedulable,
} from '../../../__testUtils__';
import type { KarmadaPlacementValue } from '../types';
import { validateKarmadaPlacement } from './validateKarmadaPlacement';

const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => server.use(...karmadaHandlers()));

const valid: KarmadaPlacementValue = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
  placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
  scheduling: { type: 'Duplicated' },
};

const validate = (value: KarmadaPlacementValue) =>
  runValidator(validateKarmadaPlacement, value, {
    karmadaApi: createTestKarmadaClient(),
  });

describe('validateKarmadaPlacement', () => {
  it('lets a valid placement through', async () => {
    await expect(validate(valid)).resolves.toEqual([]);
  });

  it.each([
    [{ replicas: -1 }, 'Replicas: must be 0 or more'],
    [{ name: 'Web_1' }, 'Workload name: "Web_1"'],
    [{ namespace: undefined }, 'Namespace: is required'],
    [
      { placement: { mode: 'clusters', clusterNames: [] } },
      'Specify clusters: choose at least one cluster',
    ],
    [
      { placement: { mode: 'labels', labels: [] } },
      'Specify labels: add at least one label condition',
    ],
    [
      {
        placement: {
          mode: 'labels',
          labels: [{ key: 'env', operator: 'Equal' }],
        },
      },
      'Cluster label value: is required when the operator is Equal',
    ],
    [
      {
        placement: {
          mode: 'area',
          area: { regions: ['us-east-1'] },
          spreadByRegion: { minGroups: 3, maxGroups: 2 },
        },
      },
      'Maximum regions: must be at least minGroups (3)',
    ],
    [
      { scheduling: { type: 'StaticWeight', weights: [] } },
      'Static weights: static weights need at least one weight',
    ],
  ] as Array<[Partial<KarmadaPlacementValue>, string]>)(
    'blocks %j with a message naming the field',
    async (change, message) => {
      const errors = await validate({ ...valid, ...change });
      expect(errors.join('\n')).toContain(message);
    },
  );

  it('blocks a cluster the instance does not have', async () => {
    const errors = await validate({
      ...valid,
      placement: { mode: 'clusters', clusterNames: ['member1', 'nowhere'] },
    });
    expect(errors).toEqual([
      'Specify clusters: cluster "nowhere" is not a member cluster of Karmada instance "local"',
    ]);
  });

  it("blocks a placement Karmada cannot schedule, with Karmada's reason", async () => {
    server.use(
      http.post(`${TEST_KARMADA_BASE_URL}/preview`, () =>
        HttpResponse.json(testPreviewUnschedulable),
      ),
    );
    const errors = await validate(valid);
    expect(errors).toEqual([
      'Placement: Karmada cannot place the workload (NoClusterFit): 0/4 clusters are available: 4 cluster(s) did not match the placement cluster affinity constraint.',
    ]);
  });

  it('does not block when the backend cannot be reached', async () => {
    server.use(
      http.post(`${TEST_KARMADA_BASE_URL}/preview`, () => HttpResponse.error()),
    );
    await expect(validate(valid)).resolves.toEqual([]);
  });
});
