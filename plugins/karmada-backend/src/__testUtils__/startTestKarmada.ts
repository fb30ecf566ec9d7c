import { startEmulator } from '@karmada-backstage/karmada-emulator';
import { testFleet, testNamespaces } from './fleet';

/**
 * An emulator with the test fleet and namespaces, fast readiness, and the
 * app-config snippet pointing the plugin at it.
 */
export async function startTestKarmada(
  options: { readyAfterMs?: number } = {},
) {
  const emulator = await startEmulator({
    port: 0,
    fleet: testFleet(),
    seed: testNamespaces(),
    readyAfterMs: options.readyAfterMs ?? 0,
    log: () => {},
  });
  const config = (extra: Record<string, unknown> = {}) => ({
    karmada: {
      instances: [
        {
          name: 'local',
          title: 'Local emulator',
          url: emulator.url,
          auth: { type: 'bearerToken', token: 'super-secret-token-123' },
          namespaces: { allow: ['team-*'], deny: ['kube-*'] },
          timeoutMs: 2000,
          ...extra,
        },
      ],
    },
  });
  return { emulator, config };
}
