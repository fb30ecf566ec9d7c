import { mockCredentials } from '@backstage/backend-test-utils';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { karmadaServiceMock } from '@karmada-backstage/plugin-karmada-node/testUtils';
import yaml from 'yaml';
import { tiedPreview } from '../__fixtures__/karmadaFixtures';
import { createKarmadaWorkloadCreateAction } from './createKarmadaWorkloadCreateAction';
import { examples } from './createKarmadaWorkloadCreateAction.examples';

type Step = { action: string; input: Record<string, any> };

function inputOf(index: number): Record<string, any> {
  const steps: Step[] = yaml.parse(examples[index].example).steps;
  const step = steps.find(s => s.action === 'karmada:workload:create');
  if (!step)
    throw new Error(`example ${index} has no karmada:workload:create step`);
  return step.input;
}

// Runs an example's step against the in-memory Karmada service, with spies
// on the service so the test sees every call.
async function run(index: number, dryRun = false) {
  const karmada = karmadaServiceMock({
    instances: ['local'],
    preview: tiedPreview(),
  });
  const apply = jest.spyOn(karmada, 'applyWorkload');
  const resume = jest.spyOn(karmada, 'resumeWorkload');
  const input = inputOf(index);
  const ctx = { ...createMockActionContext({ input }), isDryRun: dryRun };
  const action: TemplateAction<any, any> = createKarmadaWorkloadCreateAction({
    karmada,
  });
  await action.handler(ctx);
  const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
  return { karmada, apply, resume, input, outputs };
}

describe('karmada:workload:create examples', () => {
  it.each(examples.map((e, i) => [i, e.description]))(
    'example %i (%s) applies its spec and outputs the workload',
    async index => {
      const { apply, input, outputs, karmada } = await run(index as number);
      expect(apply).toHaveBeenCalledWith(
        {
          instance: 'local',
          spec: input.spec,
          dryRun: false,
          staged: input.staged ?? false,
          force: input.force ?? false,
        },
        { credentials: mockCredentials.user() },
      );
      expect(karmada.applied).toHaveLength(1);
      expect(outputs).toMatchObject({
        instance: 'local',
        namespace: 'team-a',
        deploymentName: input.spec.name,
        propagationPolicyName: input.spec.name,
        resourceBinding: { name: `${input.spec.name}-deployment` },
        clusters: tiedPreview().clusters,
      });
    },
  );

  it('the first example links to the catalog entity and its Multicloud tab', async () => {
    const { outputs } = await run(0);
    expect(outputs.entityRef).toBe('component:default/web');
    expect(outputs.multicloudUrl).toBe(
      '/catalog/default/component/web/multicloud',
    );
    expect(yaml.parse(examples[0].example).output.links[0].url).toBe(
      '${{ steps.create.output.multicloudUrl }}',
    );
  });

  it('the differential example names its OverridePolicy', async () => {
    const index = examples.findIndex(e =>
      e.description.startsWith('Differential'),
    );
    const { outputs } = await run(index);
    expect(outputs.overridePolicyName).toBe('web');
  });

  it('the staged example resumes dispatching after the apply', async () => {
    const index = examples.findIndex(e => e.description.startsWith('Staged'));
    const { apply, resume } = await run(index);
    expect(apply).toHaveBeenCalledWith(
      expect.objectContaining({ staged: true, force: true }),
      expect.anything(),
    );
    expect(resume).toHaveBeenCalledWith(
      { instance: 'local', namespace: 'team-a', name: 'web' },
      { credentials: mockCredentials.user() },
    );
  });

  it('the dry-run example persists nothing and outputs the manifests', async () => {
    const index = examples.findIndex(e => e.description.startsWith('Dry run'));
    const { apply, karmada, outputs } = await run(index, true);
    expect(apply).toHaveBeenCalledWith(
      expect.objectContaining({ dryRun: true }),
      expect.anything(),
    );
    expect(karmada.applied).toEqual([]);
    expect(outputs).toHaveProperty('manifests');
  });
});
