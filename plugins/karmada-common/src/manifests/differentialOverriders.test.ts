import type { Container, Deployment } from './deploymentTypes';
import {
  ContainerChanges,
  differentialOverriders,
} from './differentialOverriders';

function deploymentWith(containers: Container[]): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'team-a' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { spec: { containers } },
    },
  };
}

function changes(c: Partial<ContainerChanges>, index = 0) {
  return {
    containers: new Map([
      [index, { image: {}, env: [], requests: {}, limits: {}, ...c }],
    ]),
    labels: {},
    annotations: {},
  };
}

const web: Container = { name: 'web', image: 'nginx:1.25' };
const c0 = '/spec/template/spec/containers/0';

describe('differentialOverriders', () => {
  it.each<[string, Container[], ReturnType<typeof changes>, object]>([
    [
      'image components, only the chosen container (predicate)',
      [web, { name: 'side', image: 'busybox' }],
      changes({ image: { registry: 'mirror.example.com', tag: '1.26' } }, 1),
      {
        imageOverrider: [
          {
            predicate: { path: '/spec/template/spec/containers/1/image' },
            component: 'Registry',
            operator: 'replace',
            value: 'mirror.example.com',
          },
          {
            predicate: { path: '/spec/template/spec/containers/1/image' },
            component: 'Tag',
            operator: 'replace',
            value: '1.26',
          },
        ],
      },
    ],
    [
      'an empty registry removes it',
      [web],
      changes({ image: { registry: '' } }),
      {
        imageOverrider: [
          {
            predicate: { path: `${c0}/image` },
            component: 'Registry',
            operator: 'remove',
          },
        ],
      },
    ],
    [
      'a new command on a container without one: add',
      [web],
      changes({ command: ['nginx', '-g', 'daemon off;'] }),
      {
        commandOverrider: [
          {
            containerName: 'web',
            operator: 'add',
            value: ['nginx', '-g', 'daemon off;'],
          },
        ],
      },
    ],
    [
      'replacing args: remove the current ones, then add',
      [{ ...web, args: ['--port', '80'] }],
      changes({ args: ['--port', '8080', '--debug'] }),
      {
        argsOverrider: [
          { containerName: 'web', operator: 'remove', value: ['--port', '80'] },
          {
            containerName: 'web',
            operator: 'add',
            value: ['--port', '8080', '--debug'],
          },
        ],
      },
    ],
    [
      'env on a container without env: one add of the list',
      [web],
      changes({
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      }),
      {
        plaintext: [
          {
            path: `${c0}/env`,
            operator: 'add',
            value: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
          },
        ],
      },
    ],
    [
      'env: replace an entry by index, append the new ones',
      [
        {
          ...web,
          env: [
            { name: 'X', value: '0' },
            { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'a' } } },
          ],
        },
      ],
      changes({
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
      }),
      {
        plaintext: [
          {
            path: `${c0}/env/1`,
            operator: 'replace',
            value: { name: 'A', value: '1' },
          },
          {
            path: `${c0}/env/-`,
            operator: 'add',
            value: { name: 'B', value: '2' },
          },
        ],
      },
    ],
    [
      'resources on a container without resources: one add',
      [web],
      changes({ requests: { cpu: '1' }, limits: { memory: '1Gi' } }),
      {
        plaintext: [
          {
            path: `${c0}/resources`,
            operator: 'add',
            value: { requests: { cpu: '1' }, limits: { memory: '1Gi' } },
          },
        ],
      },
    ],
    [
      'resources: add the missing kind, replace or add each name (escaped)',
      [{ ...web, resources: { requests: { cpu: '100m' } } }],
      changes({
        requests: { cpu: '200m', 'example.com/foo': '1' },
        limits: { cpu: '1' },
      }),
      {
        plaintext: [
          {
            path: `${c0}/resources/requests/cpu`,
            operator: 'replace',
            value: '200m',
          },
          {
            path: `${c0}/resources/requests/example.com~1foo`,
            operator: 'add',
            value: '1',
          },
          {
            path: `${c0}/resources/limits`,
            operator: 'add',
            value: { cpu: '1' },
          },
        ],
      },
    ],
  ])('%s', (_what, containers, ruleChanges, expected) => {
    expect(
      differentialOverriders(deploymentWith(containers), ruleChanges),
    ).toEqual(expected);
  });

  it('adds labels and annotations, sorted', () => {
    const overriders = differentialOverriders(deploymentWith([web]), {
      containers: new Map(),
      labels: { zone: 'b', env: 'prod' },
      annotations: { 'example.com/owner': 'eu' },
    });
    expect(overriders).toEqual({
      labelsOverrider: [{ operator: 'add', value: { env: 'prod', zone: 'b' } }],
      annotationsOverrider: [
        { operator: 'add', value: { 'example.com/owner': 'eu' } },
      ],
    });
    expect(Object.keys(overriders.labelsOverrider?.[0].value ?? {})).toEqual([
      'env',
      'zone',
    ]);
  });
});
