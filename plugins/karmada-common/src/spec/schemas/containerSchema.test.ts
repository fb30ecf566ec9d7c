import { firstIssue } from '../__testUtils__/firstIssue';
import {
  containerSpecSchema,
  envFromSchema,
  envVarSchema,
  volumeMountSchema,
} from './containerSchema';

describe('containerSpecSchema', () => {
  const base = { name: 'web', image: 'nginx:1.25' };
  it.each<[string, object, string | RegExp]>([
    ['the minimum', {}, 'ok'],
    [
      'a private registry image',
      { image: `registry.example.com:5000/team/web@sha256:${'a'.repeat(64)}` },
      'ok',
    ],
    [
      'an uppercase container name',
      { name: 'Web' },
      /^name: "Web" must consist of lower case/,
    ],
    [
      'an unknown pull policy',
      { imagePullPolicy: 'Sometimes' },
      /^imagePullPolicy: unknown pull policy "Sometimes"/,
    ],
    [
      'a relative working directory',
      { workingDir: 'app' },
      'workingDir: must be an absolute path',
    ],
    [
      'an unknown protocol',
      { ports: [{ containerPort: 53, protocol: 'ICMP' }] },
      /^ports\[0\]\.protocol: unknown protocol "ICMP"/,
    ],
    [
      'an env var set twice',
      {
        env: [
          { name: 'A', value: '1' },
          { name: 'A', value: '2' },
        ],
      },
      'env[1].name: "A" is already set in this container',
    ],
    [
      'one path mounted twice',
      {
        volumeMounts: [
          { name: 'a', mountPath: '/data' },
          { name: 'b', mountPath: '/data' },
        ],
      },
      'volumeMounts[1].mountPath: "/data" is already mounted in this container',
    ],
    [
      'a hook with no handler',
      { lifecycle: { preStop: {} } },
      /^lifecycle\.preStop: needs a handler: one of exec, httpGet, sleep/,
    ],
    [
      'a startup probe succeeding twice',
      { startupProbe: { exec: { command: ['true'] }, successThreshold: 2 } },
      'startupProbe.successThreshold: must be 1 for liveness and startup probes',
    ],
    [
      'a readiness probe succeeding twice',
      { readinessProbe: { exec: { command: ['true'] }, successThreshold: 2 } },
      'ok',
    ],
    [
      'a grpc probe on a named port',
      { readinessProbe: { grpc: { port: 'grpc' } } },
      /^readinessProbe\.grpc\.port: must be a number/,
    ],
  ])('%s', (_what, change, expected) => {
    expect(firstIssue(containerSpecSchema, { ...base, ...change })).toMatch(
      expected,
    );
  });
});

describe('env sources', () => {
  it.each<
    [
      string,
      typeof envVarSchema | typeof envFromSchema,
      unknown,
      string | RegExp,
    ]
  >([
    [
      'a field reference',
      envVarSchema,
      { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
      'ok',
    ],
    [
      'two sources',
      envVarSchema,
      {
        name: 'A',
        valueFrom: {
          configMapKeyRef: { name: 'c', key: 'k' },
          secretKeyRef: { name: 's', key: 'k' },
        },
      },
      'valueFrom: give exactly one of configMapKeyRef, secretKeyRef, fieldRef',
    ],
    [
      'a name starting with a digit',
      envVarSchema,
      { name: '1A', value: 'x' },
      /^name: "1A" must consist of letters/,
    ],
    [
      'a bad ConfigMap name',
      envVarSchema,
      { name: 'A', valueFrom: { configMapKeyRef: { name: 'Cfg', key: 'k' } } },
      /^valueFrom\.configMapKeyRef\.name: "Cfg" must consist of lower case/,
    ],
    [
      'a ConfigMap with prefix',
      envFromSchema,
      { configMapRef: { name: 'cfg' }, prefix: 'CFG_' },
      'ok',
    ],
    [
      'neither ConfigMap nor Secret',
      envFromSchema,
      { prefix: 'X_' },
      ': give exactly one of configMapRef, secretRef',
    ],
  ])('%s', (_what, schema, value, expected) => {
    expect(firstIssue(schema, value)).toMatch(expected);
  });
});

describe('volumeMountSchema', () => {
  it.each<[unknown, string | RegExp]>([
    [
      {
        name: 'cfg',
        mountPath: '/etc/app',
        readOnly: true,
        subPath: 'app.conf',
      },
      'ok',
    ],
    [
      { name: 'cfg', mountPath: 'etc/app' },
      'mountPath: must be an absolute path',
    ],
    [{ name: 'cfg', mountPath: '/a:b' }, "mountPath: must not contain ':'"],
    [
      { name: 'cfg', mountPath: '/a', subPath: '../x' },
      "subPath: must be a relative path without '..'",
    ],
  ])('%j', (value, expected) => {
    expect(firstIssue(volumeMountSchema, value)).toMatch(expected);
  });
});
