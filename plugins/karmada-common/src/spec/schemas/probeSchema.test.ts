import type { z } from 'zod';
import { firstIssue } from '../__testUtils__/firstIssue';
import {
  lifecycleHandlerSchema,
  probeSchema,
  readinessProbeSchema,
  singleSuccessProbeSchema,
} from './probeSchema';

describe('probes and hooks', () => {
  it.each<[string, z.ZodType, unknown, string | RegExp]>([
    [
      'an HTTP probe',
      probeSchema,
      { httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 5 },
      'ok',
    ],
    [
      'an exec probe with an empty command',
      probeSchema,
      { exec: { command: [] } },
      'exec.command: needs at least one item',
    ],
    [
      'an HTTP path without a slash',
      probeSchema,
      { httpGet: { path: 'healthz', port: 80 } },
      'httpGet.path: must start with "/"',
    ],
    [
      'a zero period',
      probeSchema,
      { tcpSocket: { port: 80 }, periodSeconds: 0 },
      'periodSeconds: must be 1 or more',
    ],
    [
      'three handlers',
      probeSchema,
      {
        exec: { command: ['true'] },
        tcpSocket: { port: 80 },
        grpc: { port: 9 },
      },
      ': has 3 handlers (exec, tcpSocket, grpc); give exactly one',
    ],
    [
      'a liveness probe with successThreshold 1',
      singleSuccessProbeSchema,
      { tcpSocket: { port: 80 }, successThreshold: 1 },
      'ok',
    ],
    [
      'a liveness probe with a grace period',
      singleSuccessProbeSchema,
      { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 10 },
      'ok',
    ],
    [
      'a readiness probe with a grace period',
      readinessProbeSchema,
      { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 10 },
      'terminationGracePeriodSeconds: must not be set for readiness probes',
    ],
    ['a sleep hook', lifecycleHandlerSchema, { sleep: { seconds: 10 } }, 'ok'],
    [
      'a tcpSocket hook',
      lifecycleHandlerSchema,
      { tcpSocket: { port: 80 } },
      /^: unknown field/,
    ],
    [
      'a bad header name',
      lifecycleHandlerSchema,
      { httpGet: { port: 80, httpHeaders: [{ name: 'X Y', value: '1' }] } },
      'httpGet.httpHeaders[0].name: must be a valid HTTP header name',
    ],
  ])('%s', (_what, schema, value, expected) => {
    expect(firstIssue(schema, value)).toMatch(expected);
  });
});
