import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConflictError, InputError } from '@backstage/errors';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { karmadaServiceMock } from '@karmada-backstage/plugin-karmada-node/testUtils';
import {
  applyResponse,
  renderResponse,
  unschedulablePreview,
  webSpec,
} from '../__fixtures__/karmadaFixtures';
import { createKarmadaWorkloadCreateAction } from './createKarmadaWorkloadCreateAction';

function setup(input: Record<string, any> = { spec: webSpec() }) {
  const karmada = karmadaServiceMock.mock({
    renderWorkload: jest.fn().mockResolvedValue(renderResponse()),
    applyWorkload: jest.fn().mockResolvedValue(applyResponse()),
  });
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({ input, logger });
  const checkpoint = jest.spyOn(ctx, 'checkpoint');
  // Typed loosely: the tests pass inputs the schema would refuse.
  const action: TemplateAction<any, any> = createKarmadaWorkloadCreateAction({
    karmada,
  });
  const outputs = () =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  const logged = (level: 'info' | 'warn') =>
    logger[level].mock.calls.map(c => String(c[0]));
  return { karmada, logger, ctx, checkpoint, action, outputs, logged };
}

describe('karmada:workload:create', () => {
  it('renders and applies the spec with the initiator credentials, inside a checkpoint', async () => {
    const { karmada, ctx, checkpoint, action } = setup();
    await action.handler(ctx);

    const options = { credentials: mockCredentials.user() };
    expect(karmada.renderWorkload).toHaveBeenCalledWith(
      { instance: 'local', spec: webSpec() },
      options,
    );
    expect(karmada.applyWorkload).toHaveBeenCalledTimes(1);
    expect(karmada.applyWorkload).toHaveBeenCalledWith(
      {
        instance: 'local',
        spec: webSpec(),
        dryRun: false,
        staged: false,
        force: false,
      },
      options,
    );
    expect(karmada.resumeWorkload).not.toHaveBeenCalled();
    expect(checkpoint).toHaveBeenCalledTimes(1);
    expect(checkpoint.mock.calls[0][0].key).toMatch(
      /^karmada\.apply\.local\.team-a\.web\.[0-9a-f]{16}$/,
    );
  });

  it('outputs the objects, the placement, the manifests and the Multicloud link', async () => {
    const { ctx, action, outputs } = setup();
    await action.handler(ctx);
    expect(outputs()).toEqual({
      instance: 'local',
      namespace: 'team-a',
      deploymentName: 'web',
      propagationPolicyName: 'web',
      clusters: [
        { name: 'member1', replicas: 2 },
        { name: 'member2', replicas: 1 },
      ],
      resourceBinding: { name: 'web-deployment' },
      manifests: renderResponse().yaml,
      entityRef: 'component:default/web',
      kubernetesId: 'shop',
      multicloudUrl: '/catalog/default/component/web/multicloud',
    });
  });

  it('logs each cluster, the tie, the excluded cluster, warnings, dependencies and what was written', async () => {
    const { ctx, action, logged } = setup();
    await action.handler(ctx);
    expect(logged('info')).toEqual(
      expect.arrayContaining([
        'Placement preview on Karmada instance "local", DynamicWeight: 2 clusters',
        "  member1: 2 replicas (tie: 1 or 2 depending on Karmada's tie-break)",
        "  member2: 1 replica (tie: 1 or 2 depending on Karmada's tie-break)",
        expect.stringMatching(
          /^Tie between member1, member2: .* member1=2 member2=1 \| member1=1 member2=2$/,
        ),
        '  left out member3: has the taint maintenance:NoSchedule, which the placement does not tolerate',
        'Dependencies propagated with the workload (propagateDeps): ConfigMap team-a/web-config',
        'PropagationPolicy team-a/web created',
        'Deployment team-a/web created',
      ]),
    );
    expect(logged('warn')).toEqual([
      'Placement warning: no cluster has the label "tier"',
      expect.stringMatching(
        /^Dependency missing: Secret team-a\/web-db \(used by containers\[0\]\.env\[0\]\) does not exist/,
      ),
    ]);
  });

  it('fails with an InputError naming the field by form label and path, and writes nothing', async () => {
    const spec = {
      ...webSpec(),
      placement: { mode: 'clusters', clusterNames: [] },
    };
    const { karmada, ctx, action } = setup({ spec });
    const failure = action.handler(ctx);
    await expect(failure).rejects.toBeInstanceOf(InputError);
    await expect(failure).rejects.toThrow(
      new InputError(
        'The workload spec has 1 problem: Specify clusters (spec.placement.clusterNames): choose at least one cluster',
      ),
    );
    expect(karmada.renderWorkload).not.toHaveBeenCalled();
    expect(karmada.applyWorkload).not.toHaveBeenCalled();
  });

  it('lists several problems at once', async () => {
    const spec = {
      ...webSpec(),
      replicas: -1,
      containers: [{ name: 'web', image: '' }],
    };
    const { karmada, ctx, action } = setup({ spec });
    await expect(action.handler(ctx)).rejects.toThrow(
      /^The workload spec has \d+ problems: .*Replicas \(spec\.replicas\)/,
    );
    await expect(action.handler(ctx)).rejects.toThrow(
      /Container image \(spec\.containers\[0\]\.image\)/,
    );
    expect(karmada.applyWorkload).not.toHaveBeenCalled();
  });

  it('fails with an InputError when spec is not an object', async () => {
    const { karmada, ctx, action } = setup({ spec: 'web' });
    await expect(action.handler(ctx)).rejects.toThrow(
      new InputError(
        'spec: must be a workload spec object (instance, namespace, name, placement, containers…)',
      ),
    );
    expect(karmada.applyWorkload).not.toHaveBeenCalled();
  });

  it('turns an apply conflict into a ConflictError that suggests force', async () => {
    const { karmada, ctx, action } = setup();
    karmada.applyWorkload.mockRejectedValue(
      new ConflictError(
        'Apply failed with 1 conflict: conflict with "kubectl-edit": .spec.replicas',
      ),
    );
    const failure = action.handler(ctx);
    await expect(failure).rejects.toBeInstanceOf(ConflictError);
    await expect(failure).rejects.toThrow(
      /^Could not apply team-a\/web on Karmada instance "local": Apply failed with 1 conflict: conflict with "kubectl-edit": \.spec\.replicas; .*Set `force: true` on the step/,
    );
  });

  it('recognises a conflict that crossed HTTP as a ResponseError', async () => {
    const { karmada, ctx, action } = setup();
    const cause = Object.assign(
      new Error('conflict with "helm": .spec.template'),
      { name: 'ConflictError' },
    );
    karmada.applyWorkload.mockRejectedValue(
      Object.assign(new Error('Request failed with 409 Conflict'), {
        name: 'ResponseError',
        statusCode: 409,
        cause,
      }),
    );
    await expect(action.handler(ctx)).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining(
        'conflict with "helm": .spec.template; another field manager owns fields',
      ),
    });
  });

  it('keeps the class and Karmada words of other service errors', async () => {
    const { karmada, ctx, action } = setup();
    karmada.renderWorkload.mockRejectedValue(
      new InputError(
        'Specify clusters (placement.clusterNames[1]): cluster "member2" is not a member cluster of Karmada instance "local"',
      ),
    );
    await expect(action.handler(ctx)).rejects.toThrow(
      new InputError(
        'Could not render team-a/web on Karmada instance "local": Specify clusters (placement.clusterNames[1]): cluster "member2" is not a member cluster of Karmada instance "local"',
      ),
    );
    expect(karmada.applyWorkload).not.toHaveBeenCalled();
  });

  it('passes force to the service', async () => {
    const { karmada, ctx, action } = setup({ spec: webSpec(), force: true });
    await action.handler(ctx);
    expect(karmada.applyWorkload).toHaveBeenCalledWith(
      expect.objectContaining({ force: true }),
      expect.anything(),
    );
  });

  it('in a dry run applies with dryRun=All, outside any checkpoint, and outputs the manifests', async () => {
    const {
      karmada,
      ctx: base,
      action,
      logger,
    } = setup({ spec: webSpec(), staged: true });
    karmada.applyWorkload.mockResolvedValue(
      applyResponse('created', { dryRun: true }),
    );
    const ctx = { ...base, isDryRun: true, checkpoint: jest.fn() };
    await action.handler(ctx);

    expect(karmada.applyWorkload).toHaveBeenCalledWith(
      expect.objectContaining({ dryRun: true, staged: false }),
      expect.anything(),
    );
    expect(ctx.checkpoint).not.toHaveBeenCalled();
    expect(karmada.resumeWorkload).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith('manifests', renderResponse().yaml);
    expect(logger.info).toHaveBeenCalledWith(
      'Dry run: staged is ignored, nothing is dispatched',
    );
    expect(logger.info).toHaveBeenCalledWith(
      'Dry run, nothing persisted: Deployment team-a/web would be created',
    );
  });

  it('staged: logs where Karmada differs from the preview, then resumes in its own checkpoint', async () => {
    const { karmada, ctx, checkpoint, action, outputs, logged } = setup({
      spec: webSpec(),
      staged: true,
    });
    const binding = {
      name: 'web-deployment',
      clusters: [{ name: 'member1', replicas: 3 }],
    };
    karmada.applyWorkload.mockResolvedValue(
      applyResponse('created', {
        staged: {
          state: 'scheduled',
          binding,
          preview: renderResponse().preview,
          differences: [
            {
              cluster: 'member1',
              expected: 2,
              scheduled: 3,
              message: 'preview expects 2, Karmada scheduled 3',
            },
            {
              cluster: 'member2',
              expected: 1,
              scheduled: 0,
              message: 'preview expects 1, Karmada scheduled none',
            },
          ],
        },
      }),
    );
    karmada.resumeWorkload.mockResolvedValue(applyResponse('configured'));
    await action.handler(ctx);

    expect(karmada.applyWorkload).toHaveBeenCalledWith(
      expect.objectContaining({ staged: true, dryRun: false }),
      expect.anything(),
    );
    expect(karmada.resumeWorkload).toHaveBeenCalledWith(
      { instance: 'local', namespace: 'team-a', name: 'web' },
      { credentials: mockCredentials.user() },
    );
    expect(checkpoint.mock.calls.map(c => c[0].key)).toEqual([
      expect.stringMatching(/^karmada\.apply\.local\.team-a\.web\./),
      expect.stringMatching(/^karmada\.resume\.local\.team-a\.web\./),
    ]);
    expect(logged('info')).toContain(
      'Staged: Karmada scheduled ResourceBinding web-deployment: member1=3',
    );
    expect(logged('warn')).toEqual(
      expect.arrayContaining([
        'Staged: member1: preview expects 2, Karmada scheduled 3',
        'Staged: member2: preview expects 1, Karmada scheduled none',
      ]),
    );
    expect(outputs()).toMatchObject({
      clusters: binding.clusters,
      resourceBinding: binding,
    });
  });

  it('staged: warns when Karmada cannot schedule, and still resumes', async () => {
    const { karmada, ctx, action, logged } = setup({
      spec: webSpec(),
      staged: true,
    });
    karmada.applyWorkload.mockResolvedValue(
      applyResponse('created', {
        staged: {
          state: 'unschedulable',
          binding: {
            name: 'web-deployment',
            clusters: [],
            scheduled: {
              type: 'Scheduled',
              status: 'False',
              reason: 'NoClusterFit',
              message: '0/2 clusters are available',
            },
          },
          preview: renderResponse().preview,
          differences: [],
        },
      }),
    );
    karmada.resumeWorkload.mockResolvedValue(applyResponse('configured'));
    await action.handler(ctx);
    expect(logged('warn')).toContain(
      'Staged: Karmada could not schedule the workload: 0/2 clusters are available',
    );
    expect(karmada.resumeWorkload).toHaveBeenCalled();
  });

  it('does not apply again when a retried task finds its checkpoint', async () => {
    const store = new Map<string, unknown>();
    const checkpoint = async ({
      key,
      fn,
    }: {
      key: string;
      fn: () => Promise<any>;
    }) => {
      if (!store.has(key)) store.set(key, await fn());
      return store.get(key) as any;
    };
    const first = setup();
    await first.action.handler({ ...first.ctx, checkpoint });
    const retry = setup();
    await retry.action.handler({ ...retry.ctx, checkpoint });
    expect(first.karmada.applyWorkload).toHaveBeenCalledTimes(1);
    expect(retry.karmada.applyWorkload).not.toHaveBeenCalled();
    expect(retry.outputs().deploymentName).toBe('web');

    // A different spec under the same name is a different checkpoint.
    const changed = setup({ spec: { ...webSpec(), replicas: 4 } });
    await changed.action.handler({ ...changed.ctx, checkpoint });
    expect(changed.karmada.applyWorkload).toHaveBeenCalledTimes(1);
    expect(store.size).toBe(2);
  });

  it('links to the workloads page without a catalog entity, and names the OverridePolicy of differential configuration', async () => {
    const { entityRef: _entityRef, ...rest } = webSpec();
    const spec = {
      ...rest,
      differential: [{ clusters: ['member2'], image: { tag: '1.26' } }],
    };
    const { ctx, action, outputs } = setup({ spec });
    await action.handler(ctx);
    expect(outputs()).toMatchObject({
      overridePolicyName: 'web',
      multicloudUrl: '/karmada?instance=local&namespace=team-a&text=web',
    });
    expect(outputs()).not.toHaveProperty('entityRef');
  });

  it('logs once that the entity lacks the kubernetes-id annotation, though render and apply both say so', async () => {
    const warning =
      'component:default/web has no backstage.io/kubernetes-id annotation: add "backstage.io/kubernetes-id: web" to its catalog-info.yaml to see the workload on its Multicloud tab';
    const { ctx, action, karmada, logged } = setup();
    karmada.renderWorkload.mockResolvedValue({
      ...renderResponse(),
      warnings: [warning],
    });
    karmada.applyWorkload.mockResolvedValue(
      applyResponse('created', { warnings: [warning, 'something else'] }),
    );
    await action.handler(ctx);
    expect(logged('warn').filter(w => w === warning)).toHaveLength(1);
    expect(logged('warn')).toContain('something else');
  });

  it('warns, and still applies, when the preview says Karmada would not schedule it', async () => {
    const { karmada, ctx, action, logged, outputs } = setup();
    karmada.renderWorkload.mockResolvedValue(
      renderResponse(unschedulablePreview()),
    );
    await action.handler(ctx);
    expect(logged('warn')).toContain(
      'Placement preview on Karmada instance "local", DynamicWeight: Karmada would not schedule this workload: 0/3 clusters are available: 3 cluster(s) had untolerated taint {maintenance: }. (NoClusterFit)',
    );
    expect(karmada.applyWorkload).toHaveBeenCalled();
    expect(outputs().clusters).toEqual([]);
  });

  it('records the template that ran the step', async () => {
    const { karmada, ctx, action } = setup();
    await action.handler({
      ...ctx,
      templateInfo: {
        entityRef: 'template:default/multicloud-workload',
        baseUrl: 'file:///t',
      },
    });
    expect(karmada.applyWorkload).toHaveBeenCalledWith(
      expect.objectContaining({
        template: 'template:default/multicloud-workload',
      }),
      expect.anything(),
    );
  });
});
