import { podIssues } from './podRules';
import type { ContainerSpec } from '../schemas/containerSchema';

const web: ContainerSpec = {
  name: 'web',
  image: 'nginx',
  ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
};

describe('podIssues', () => {
  it.each<
    [string, Parameters<typeof podIssues>[0], Array<Array<string | number>>]
  >([
    [
      'a valid pod',
      {
        containers: [
          web,
          {
            name: 'side',
            image: 'busybox',
            ports: [{ containerPort: 81, protocol: 'TCP' }],
          },
        ],
      },
      [],
    ],
    [
      'the same port twice in one pod',
      {
        containers: [
          web,
          {
            name: 'side',
            image: 'busybox',
            ports: [{ containerPort: 80, protocol: 'TCP' }],
          },
        ],
      },
      [['containers', 1, 'ports', 0, 'containerPort']],
    ],
    [
      'the same port number on another protocol',
      {
        containers: [
          web,
          {
            name: 'dns',
            image: 'coredns',
            ports: [{ containerPort: 80, protocol: 'UDP' }],
          },
        ],
      },
      [],
    ],
    [
      'two volumes with one name',
      {
        containers: [web],
        volumes: [
          { name: 'v', emptyDir: {} },
          { name: 'v', emptyDir: {} },
        ],
      },
      [['volumes', 1, 'name']],
    ],
    [
      'a probe on a declared port name',
      {
        containers: [
          { ...web, readinessProbe: { httpGet: { path: '/', port: 'http' } } },
        ],
      },
      [],
    ],
    [
      "a probe on another container's port name",
      {
        containers: [
          web,
          {
            name: 'side',
            image: 'busybox',
            livenessProbe: { tcpSocket: { port: 'http' } },
          },
        ],
      },
      [['containers', 1, 'livenessProbe', 'tcpSocket', 'port']],
    ],
    [
      'portal labels on pods',
      {
        containers: [web],
        advanced: { podLabels: { 'backstage.io/kubernetes-id': 'x' } },
      },
      [['advanced', 'podLabels', 'backstage.io/kubernetes-id']],
    ],
    [
      'portal annotations',
      {
        containers: [web],
        advanced: { annotations: { 'karmada.backstage.io/template': 'x' } },
      },
      [['advanced', 'annotations', 'karmada.backstage.io/template']],
    ],
  ])('%s', (_what, pod, paths) => {
    expect(podIssues(pod).map(i => i.path)).toEqual(paths);
  });
});
