import { runValidator } from '../../../__testUtils__';
import { validateKarmadaProbes } from './validateKarmadaProbes';

describe('validateKarmadaProbes', () => {
  it('accepts one check per probe', async () => {
    await expect(
      runValidator(validateKarmadaProbes, {
        livenessProbe: {
          httpGet: { path: '/healthz', port: 8080 },
          periodSeconds: 10,
        },
        readinessProbe: { tcpSocket: { port: 'http' }, successThreshold: 2 },
        startupProbe: {
          exec: { command: ['cat', '/tmp/ready'] },
          failureThreshold: 30,
        },
      }),
    ).resolves.toEqual([]);
  });

  it.each([
    [
      { livenessProbe: {} },
      'Liveness probe: needs a handler: one of exec, httpGet, tcpSocket, grpc',
    ],
    [
      { livenessProbe: { grpc: { port: 70000 } } },
      'Liveness probe (grpc.port): must be between 1 and 65535',
    ],
    [
      { startupProbe: { exec: { command: [] } } },
      'Startup probe (exec.command): needs at least one item',
    ],
    [
      {
        livenessProbe: {
          httpGet: { path: '/', port: 80 },
          successThreshold: 2,
        },
      },
      'Liveness probe (successThreshold): must be 1 for liveness and startup probes',
    ],
    [
      { readinessProbe: { httpGet: { path: 'healthz', port: 80 } } },
      'Readiness probe (httpGet.path): must start with "/"',
    ],
  ])('blocks %j', async (value, message) => {
    await expect(
      runValidator(validateKarmadaProbes, value as any),
    ).resolves.toEqual([message]);
  });
});
