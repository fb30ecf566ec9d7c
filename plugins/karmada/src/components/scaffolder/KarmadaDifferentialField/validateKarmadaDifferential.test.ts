import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import {
  createTestKarmadaClient,
  karmadaHandlers,
  runValidator,
} from '../../../__testUtils__';
import type { DifferentialItemValue, KarmadaPlacementValue } from '../types';
import { validateKarmadaDifferential } from './validateKarmadaDifferential';

const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => server.use(...karmadaHandlers()));

const workload: KarmadaPlacementValue = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
  placement: {
    mode: 'labels',
    labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
  },
  scheduling: { type: 'DynamicWeight' },
  // Stale on purpose: the validator asks for a fresh preview (member1, member2).
  scheduledClusters: ['member1', 'member2', 'member3'],
};
const container = { name: 'main', image: 'nginx:1.27' };

const validate = (items: DifferentialItemValue[], withApi = true) =>
  runValidator(validateKarmadaDifferential, items, {
    formData: { workload, container, differential: items },
    karmadaApi: withApi ? createTestKarmadaClient() : undefined,
  });

describe('validateKarmadaDifferential', () => {
  it('accepts items for chosen clusters', async () => {
    await expect(
      validate([{ clusters: ['member1'], image: { tag: '1.28' } }]),
    ).resolves.toEqual([]);
  });

  it('blocks a cluster the placement did not choose', async () => {
    const errors = await validate([
      { clusters: ['member3'], image: { tag: '1.28' } },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Differential clusters: .*member3/);
  });

  it('falls back to the clusters stored by the placement without a backend', async () => {
    await expect(
      validate([{ clusters: ['member3'], image: { tag: '1.28' } }], false),
    ).resolves.toEqual([]);
    const errors = await validate(
      [{ clusters: ['member4'], image: { tag: '1.28' } }],
      false,
    );
    expect(errors[0]).toMatch(/member4/);
  });

  it.each([
    [{ clusters: ['member1'] }, 'changes nothing'],
    [
      { clusters: [], image: { tag: '1' } },
      'Differential clusters: choose at least one cluster',
    ],
    [
      { clusters: ['member1'], resources: { requests: { cpu: 'lots' } } },
      'Differential resource requests',
    ],
    [
      { clusters: ['member1'], labels: { 'bad key!': 'x' } },
      'Differential labels',
    ],
  ] as Array<[DifferentialItemValue, string]>)(
    'blocks %j',
    async (item, message) => {
      const errors = await validate([item]);
      expect(errors.join('\n')).toContain(message);
    },
  );

  it('blocks two items setting the same field on one cluster', async () => {
    const errors = await validate([
      { clusters: ['member1'], image: { tag: '1' } },
      { clusters: ['member1', 'member2'], image: { tag: '2' } },
    ]);
    expect(errors.join('\n')).toMatch(/member1/);
  });
});
