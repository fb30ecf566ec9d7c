import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { karmadaServiceRef } from '../karmadaServiceRef';
import { karmadaServiceMock } from './karmadaServiceMock';

const credentials = mockCredentials.user();

describe('karmadaServiceMock', () => {
  it('is an in-memory fake: created, unchanged, configured; dry runs store nothing', async () => {
    const karmada = karmadaServiceMock({ instances: ['local'] });
    const spec = {
      instance: 'local',
      namespace: 'a',
      name: 'web',
      replicas: 1,
    };
    const actions = async (
      r: Promise<{ objects: Array<{ action: string }> }>,
    ) => (await r).objects.map(o => o.action);
    expect(
      await actions(
        karmada.applyWorkload({ spec, dryRun: true }, { credentials }),
      ),
    ).toEqual(['created', 'created']);
    expect(
      await actions(karmada.applyWorkload({ spec }, { credentials })),
    ).toEqual(['created', 'created']);
    expect(
      await actions(karmada.applyWorkload({ spec }, { credentials })),
    ).toEqual(['unchanged', 'unchanged']);
    expect(
      await actions(
        karmada.applyWorkload(
          { spec: { ...spec, replicas: 2 } },
          { credentials },
        ),
      ),
    ).toEqual(['configured', 'configured']);
    expect(karmada.applied).toHaveLength(3);
    await expect(
      karmada.applyWorkload(
        { spec: { ...spec, instance: 'nope' }, instance: 'nope' },
        { credentials },
      ),
    ).rejects.toThrow('unknown Karmada instance "nope"');
    expect(
      (
        await karmada.removeWorkload(
          { namespace: 'a', name: 'web' },
          { credentials },
        )
      ).objects[0].action,
    ).toBe('deleted');
  });

  it('installs through a factory and mocks with jest', async () => {
    const seen: string[] = [];
    const probe = createBackendPlugin({
      pluginId: 'probe',
      register(env) {
        env.registerInit({
          deps: { karmada: karmadaServiceRef },
          async init({ karmada }) {
            seen.push(
              ...(await karmada.listInstances({ credentials })).items.map(
                i => i.name,
              ),
            );
          },
        });
      },
    });
    await startTestBackend({
      features: [probe, karmadaServiceMock.factory({ instances: ['a', 'b'] })],
    });
    expect(seen).toEqual(['a', 'b']);

    const mock = karmadaServiceMock.mock({
      listInstances: async () => ({ items: [] }),
    });
    await mock.listInstances({ credentials });
    expect(mock.listInstances).toHaveBeenCalledTimes(1);
  });
});
