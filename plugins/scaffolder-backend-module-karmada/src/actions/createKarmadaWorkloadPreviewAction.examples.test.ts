import { mockCredentials } from '@backstage/backend-test-utils';
import type { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { karmadaServiceMock } from '@karmada-backstage/plugin-karmada-node/testUtils';
import yaml from 'yaml';
import { tiedPreview } from '../__fixtures__/karmadaFixtures';
import { createKarmadaWorkloadPreviewAction } from './createKarmadaWorkloadPreviewAction';
import { examples } from './createKarmadaWorkloadPreviewAction.examples';

type Step = { action: string; input: Record<string, any> };

describe('karmada:workload:preview examples', () => {
  it.each(examples.map((e, i) => [i, e.description]))(
    'example %i (%s) sends its input to the preview and outputs the placement',
    async index => {
      const steps: Step[] = yaml.parse(examples[index as number].example).steps;
      const step = steps.find(s => s.action === 'karmada:workload:preview');
      expect(step).toBeDefined();
      const input = step!.input;

      const karmada = karmadaServiceMock({
        instances: ['local'],
        preview: tiedPreview(),
      });
      const preview = jest.spyOn(karmada, 'previewPlacement');
      const ctx = createMockActionContext({ input });
      const action: TemplateAction<any, any> =
        createKarmadaWorkloadPreviewAction({ karmada });
      await action.handler(ctx);

      const expected = input.spec
        ? { instance: input.spec.instance, spec: input.spec }
        : {
            instance: input.instance,
            placement: input.placement,
            replicas: input.replicas,
            replicaRequirements: input.replicaRequirements,
          };
      expect(preview).toHaveBeenCalledWith(expected, {
        credentials: mockCredentials.user(),
      });
      expect(ctx.output).toHaveBeenCalledWith('instance', 'local');
      expect(ctx.output).toHaveBeenCalledWith('schedulable', true);
      expect(ctx.output).toHaveBeenCalledWith(
        'clusters',
        tiedPreview().clusters,
      );
      expect(ctx.output).toHaveBeenCalledWith('excluded', [
        expect.objectContaining({ name: 'member3' }),
      ]);
    },
  );
});
