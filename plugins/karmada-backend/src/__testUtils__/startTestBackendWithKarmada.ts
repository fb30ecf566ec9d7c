import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ServiceFactory } from '@backstage/backend-plugin-api';
import request from 'supertest';
import { karmadaPlugin } from '../plugin';
import { startTestKarmada } from './startTestKarmada';

/** The bearer token the test config gives the plugin; it must never appear in a response. */
export const TEST_TOKEN = 'super-secret-token-123';

/**
 * The emulator, the backend with the plugin pointed at it, a supertest
 * agent that records every response body (to check no credential leaks),
 * and a way to wait for the cache.
 */
export async function startTestBackendWithKarmada(
  options: {
    features?: Array<ServiceFactory | Promise<{ default: any }> | any>;
    instances?: Array<Record<string, unknown>>;
    readyAfterMs?: number;
    instance?: Record<string, unknown>;
  } = {},
) {
  const karmada = await startTestKarmada({
    readyAfterMs: options.readyAfterMs,
  });
  const config = karmada.config(options.instance);
  config.karmada.instances.push(...((options.instances ?? []) as any[]));
  const backend = await startTestBackend({
    features: [
      karmadaPlugin,
      mockServices.rootConfig.factory({ data: config }),
      ...(options.features ?? []),
    ],
  });
  const bodies: string[] = [];
  const record = (res: request.Response) => {
    bodies.push(res.text ?? '');
    return res;
  };
  const api = {
    get: (path: string) =>
      request(backend.server).get(`/api/karmada${path}`).then(record),
    post: (path: string, body: unknown) =>
      request(backend.server)
        .post(`/api/karmada${path}`)
        .send(body as object)
        .then(record),
  };
  async function ready(name = 'local') {
    for (let i = 0; i < 200; i++) {
      const res = await request(backend.server).get('/api/karmada/health');
      if (
        res.body.instances?.find(
          (x: { name: string; ready: boolean }) => x.name === name,
        )?.ready
      )
        return;
      await new Promise(r => setTimeout(r, 25));
    }
    throw new Error(`instance ${name} never became ready`);
  }
  return {
    ...karmada,
    backend,
    api,
    bodies,
    ready,
    async stop() {
      await backend.stop();
      await karmada.emulator.close();
    },
  };
}
