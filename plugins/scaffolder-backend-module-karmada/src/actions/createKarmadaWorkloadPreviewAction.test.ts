import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { InputError, NotFoundError } from '@backstage/errors';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { PlacementPreviewDto } from '@karmada-backstage/plugin-karmada-common';
import { karmadaServiceMock } from '@karmada-backstage/plugin-karmada-node/testUtils';
import {
  tiedPreview,
  unschedulablePreview,
  webSpec,
} from '../__fixtures__/karmadaFixtures';
import { createKarmadaWorkloadPreviewAction } from './createKarmadaWorkloadPreviewAction';

const placement = {
  clusterAffinity: { clusterNames: ['member1', 'member2', 'member3'] },
  replicaScheduling: {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
};

function setup(
  input: Record<string, any>,
  preview: PlacementPreviewDto = tiedPreview(),
  ready = true,
) {
  const karmada = karmadaServiceMock.mock({
    previewPlacement: jest.fn().mockResolvedValue({
      instance: 'local',
      fleet: { clusters: 3, ready },
      preview,
    }),
  });
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({ input, logger });
  // Typed loosely: the tests pass inputs the schema would refuse.
  const action: TemplateAction<any, any> = createKarmadaWorkloadPreviewAction({
    karmada,
  });
  const outputs = () =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  return { karmada, logger, ctx, action, outputs };
}

describe('karmada:workload:preview', () => {
  it('previews a workload spec with the initiator credentials and outputs the placement', async () => {
    const { karmada, ctx, action, outputs } = setup({ spec: webSpec() });
    await action.handler(ctx);
    expect(karmada.previewPlacement).toHaveBeenCalledWith(
      { instance: 'local', spec: webSpec() },
      { credentials: mockCredentials.user() },
    );
    expect(outputs()).toEqual({
      instance: 'local',
      schedulable: true,
      clusters: [
        { name: 'member1', replicas: 2 },
        { name: 'member2', replicas: 1 },
      ],
      ties: tiedPreview().ties,
      excluded: [
        {
          name: 'member3',
          reasons: [
            'has the taint maintenance:NoSchedule, which the placement does not tolerate',
          ],
        },
      ],
      leftOut: [
        {
          reasons: [
            'has the taint maintenance:NoSchedule, which the placement does not tolerate',
          ],
          count: 1,
          clusters: ['member3'],
        },
      ],
      warnings: ['no cluster has the label "tier"'],
    });
  });

  it('previews a raw Karmada placement with replicas and requirements', async () => {
    const replicaRequirements = { resourceRequest: { cpu: '250m' } };
    const { karmada, ctx, action } = setup({
      instance: 'local',
      placement,
      replicas: 6,
      replicaRequirements,
    });
    await action.handler(ctx);
    expect(karmada.previewPlacement).toHaveBeenCalledWith(
      { instance: 'local', placement, replicas: 6, replicaRequirements },
      expect.anything(),
    );
  });

  it('outputs an unschedulable placement instead of failing, with Karmada’s reason', async () => {
    const { ctx, action, outputs, logger } = setup(
      { spec: webSpec() },
      unschedulablePreview(),
    );
    await action.handler(ctx);
    expect(outputs()).toMatchObject({
      schedulable: false,
      clusters: [],
      error: {
        reason: 'NoClusterFit',
        message:
          '0/3 clusters are available: 3 cluster(s) had untolerated taint {maintenance: }.',
      },
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Karmada would not schedule this workload'),
    );
  });

  it('works in a dry run (read-only)', async () => {
    const { karmada, ctx, action } = setup({ spec: webSpec() });
    await action.handler({ ...ctx, isDryRun: true });
    expect(karmada.previewPlacement).toHaveBeenCalledTimes(1);
    expect(ctx.output).toHaveBeenCalledWith('schedulable', true);
  });

  it('warns when the fleet is still loading', async () => {
    const { ctx, action, logger } = setup(
      { spec: webSpec() },
      tiedPreview(),
      false,
    );
    await action.handler(ctx);
    expect(logger.warn).toHaveBeenCalledWith(
      'The fleet of Karmada instance "local" is still loading; the preview may be incomplete',
    );
  });

  it.each([
    [
      {},
      'give either spec (a workload spec) or placement (a Karmada placement) with replicas',
    ],
    [{ spec: webSpec(), placement }, 'give either spec or placement, not both'],
    [{ placement }, 'replicas: is required with placement'],
    [
      { spec: webSpec(), instance: 'prod' },
      'instance: "prod" differs from spec.instance "local"; leave instance out when giving a spec',
    ],
    [
      { spec: { ...webSpec(), scheduling: { type: 'Spread' } } },
      'The workload spec has 1 problem: Replica scheduling (spec.scheduling.type): unknown replica scheduling "Spread": use Duplicated, Aggregated, DynamicWeight, StaticWeight',
    ],
  ])('rejects %j with an InputError', async (input, message) => {
    const { karmada, ctx, action } = setup(input);
    await expect(action.handler(ctx)).rejects.toThrow(new InputError(message));
    expect(karmada.previewPlacement).not.toHaveBeenCalled();
  });

  it('keeps the service error class and says what it was doing', async () => {
    const { karmada, ctx, action } = setup({ placement, replicas: 1 });
    karmada.previewPlacement.mockRejectedValue(
      new NotFoundError('unknown Karmada instance "prod"'),
    );
    await expect(action.handler(ctx)).rejects.toThrow(
      new NotFoundError(
        'Could not preview the placement on the default Karmada instance: unknown Karmada instance "prod"',
      ),
    );
  });
});
