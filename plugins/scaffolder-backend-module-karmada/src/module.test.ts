import { startTestBackend } from '@backstage/backend-test-utils';
import {
  scaffolderActionsExtensionPoint,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { karmadaServiceMock } from '@karmada-backstage/plugin-karmada-node/testUtils';
import { karmadaModule } from './module';

describe('karmadaModule', () => {
  it('registers both actions through the scaffolder extension point', async () => {
    const actions: TemplateAction<any, any>[] = [];
    const fake = {
      addActions: (...added: TemplateAction<any, any>[]) => {
        actions.push(...added);
      },
    };

    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, fake]],
      features: [karmadaModule, karmadaServiceMock.factory()],
    });

    expect(actions.map(a => a.id)).toEqual([
      'karmada:workload:create',
      'karmada:workload:preview',
    ]);
    for (const action of actions) {
      expect(action.supportsDryRun).toBe(true);
      expect(action.examples?.length).toBeGreaterThan(0);
    }
  });

  it('describes the create input to the action listing as an open spec object plus the options', async () => {
    const actions: TemplateAction<any, any>[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          scaffolderActionsExtensionPoint,
          {
            addActions: (...a: TemplateAction<any, any>[]) =>
              actions.push(...a),
          },
        ],
      ],
      features: [karmadaModule, karmadaServiceMock.factory()],
    });
    const create = actions.find(a => a.id === 'karmada:workload:create');
    expect(create?.schema?.input).toMatchObject({
      type: 'object',
      required: ['spec'],
      additionalProperties: false,
      properties: {
        spec: { type: 'object', additionalProperties: true },
        staged: { type: 'boolean' },
        force: { type: 'boolean' },
      },
    });
  });
});
