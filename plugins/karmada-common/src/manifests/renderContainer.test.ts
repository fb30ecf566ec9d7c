import type { ContainerSpec } from '../spec';
import type { Container } from './deploymentTypes';
import { renderContainer, renderResources } from './renderContainer';

describe('renderContainer', () => {
  it.each<[string, ContainerSpec, Container]>([
    [
      'the minimum',
      { name: 'web', image: 'nginx' },
      { name: 'web', image: 'nginx' },
    ],
    [
      'empty lists left out, quantities as strings and sorted',
      {
        name: 'web',
        image: 'nginx',
        command: [],
        args: [],
        ports: [],
        resources: { requests: { memory: '1Gi', cpu: 1 } },
      },
      {
        name: 'web',
        image: 'nginx',
        resources: { requests: { cpu: '1', memory: '1Gi' } },
      },
    ],
    [
      'env from values, keys and pod fields; envFrom with prefix',
      {
        name: 'api',
        image: 'api:1',
        env: [
          { name: 'A', value: 'x' },
          {
            name: 'B',
            valueFrom: { configMapKeyRef: { name: 'cfg', key: 'b' } },
          },
          {
            name: 'C',
            valueFrom: {
              secretKeyRef: { name: 'sec', key: 'c', optional: true },
            },
          },
          {
            name: 'NODE',
            valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } },
          },
        ],
        envFrom: [
          { configMapRef: { name: 'cfg' }, prefix: 'CFG_' },
          { secretRef: { name: 'sec' } },
        ],
      },
      {
        name: 'api',
        image: 'api:1',
        env: [
          { name: 'A', value: 'x' },
          {
            name: 'B',
            valueFrom: { configMapKeyRef: { name: 'cfg', key: 'b' } },
          },
          {
            name: 'C',
            valueFrom: {
              secretKeyRef: { name: 'sec', key: 'c', optional: true },
            },
          },
          {
            name: 'NODE',
            valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } },
          },
        ],
        envFrom: [
          { prefix: 'CFG_', configMapRef: { name: 'cfg' } },
          { secretRef: { name: 'sec' } },
        ],
      },
    ],
    [
      'probes and hooks, one handler each, timings after the handler',
      {
        name: 'web',
        image: 'nginx',
        livenessProbe: {
          httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
          periodSeconds: 10,
          initialDelaySeconds: 5,
        },
        readinessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 },
        startupProbe: { grpc: { port: 9090 }, failureThreshold: 30 },
        lifecycle: {
          postStart: { exec: { command: ['sh', '-c', 'echo hi'] } },
          preStop: { sleep: { seconds: 5 } },
        },
        ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
      },
      {
        name: 'web',
        image: 'nginx',
        ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
        lifecycle: {
          postStart: { exec: { command: ['sh', '-c', 'echo hi'] } },
          preStop: { sleep: { seconds: 5 } },
        },
        livenessProbe: {
          httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
          initialDelaySeconds: 5,
          periodSeconds: 10,
        },
        readinessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 },
        startupProbe: { grpc: { port: 9090 }, failureThreshold: 30 },
      },
    ],
    [
      'volume mounts',
      {
        name: 'web',
        image: 'nginx',
        volumeMounts: [
          { name: 'cfg', mountPath: '/etc/nginx/conf.d', readOnly: true },
        ],
      },
      {
        name: 'web',
        image: 'nginx',
        volumeMounts: [
          { name: 'cfg', mountPath: '/etc/nginx/conf.d', readOnly: true },
        ],
      },
    ],
  ])('%s', (_what, spec, expected) => {
    const rendered = renderContainer(spec);
    expect(rendered).toEqual(expected);
    // Key order is part of the contract: it makes the YAML stable.
    expect(Object.keys(rendered)).toEqual(Object.keys(expected));
  });

  it.each([
    [undefined, undefined],
    [{}, undefined],
    [
      { limits: { 'nvidia.com/gpu': 1 } },
      { limits: { 'nvidia.com/gpu': '1' } },
    ],
  ])('renderResources(%j)', (resources, expected) => {
    expect(renderResources(resources)).toEqual(expected);
  });
});
