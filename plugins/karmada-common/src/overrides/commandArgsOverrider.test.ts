import { CommandArgsOverrider, KubernetesObject } from '../types';
import { buildCommandArgsPatches } from './commandArgsOverrider';

const pod = (containers: unknown[]): KubernetesObject => ({
  kind: 'Pod',
  spec: { containers },
});
const path = (i: number, field = 'command') => `/spec/containers/${i}/${field}`;

describe('buildCommandArgsPatches', () => {
  it.each<[string, unknown[], CommandArgsOverrider, unknown[]]>([
    [
      'add appends to an existing command',
      [{ name: 'a', command: ['x'] }],
      { containerName: 'a', operator: 'add', value: ['y', 'x'] },
      [{ op: 'replace', path: path(0), value: ['x', 'y', 'x'] }],
    ],
    [
      'remove drops every matching item, order kept',
      [{ name: 'a', command: ['x', 'y', 'x', 'z'] }],
      { containerName: 'a', operator: 'remove', value: ['x', 'q'] },
      [{ op: 'replace', path: path(0), value: ['y', 'z'] }],
    ],
    [
      'remove with no value keeps the list',
      [{ name: 'a', command: ['x'] }],
      { containerName: 'a', operator: 'remove' },
      [{ op: 'replace', path: path(0), value: ['x'] }],
    ],
    [
      'an absent field is created by add',
      [{ name: 'a' }],
      { containerName: 'a', operator: 'add', value: ['y'] },
      [{ op: 'add', path: path(0), value: ['y'] }],
    ],
    [
      'a null field is created too',
      [{ name: 'a', command: null }],
      { containerName: 'a', operator: 'add', value: ['y'] },
      [{ op: 'add', path: path(0), value: ['y'] }],
    ],
    [
      'remove on an absent field adds []',
      [{ name: 'a' }],
      { containerName: 'a', operator: 'remove', value: ['y'] },
      [{ op: 'add', path: path(0), value: [] }],
    ],
    [
      'add without value on an absent field adds []',
      [{ name: 'a' }],
      { containerName: 'a', operator: 'add' },
      [{ op: 'add', path: path(0), value: [] }],
    ],
    [
      'every container with the name is changed',
      [{ name: 'a', command: [] }, { name: 'b' }, { name: 'a' }],
      { containerName: 'a', operator: 'add', value: ['y'] },
      [
        { op: 'replace', path: path(0), value: ['y'] },
        { op: 'add', path: path(2), value: ['y'] },
      ],
    ],
    [
      'an unknown container is a no-op',
      [{ name: 'a' }],
      { containerName: 'zz', operator: 'add', value: ['y'] },
      [],
    ],
    [
      'non-string items are formatted like Go %s',
      [{ name: 'a', command: [5, 'x', true] }],
      { containerName: 'a', operator: 'add', value: [] },
      [
        {
          op: 'replace',
          path: path(0),
          value: ['%!s(int64=5)', 'x', '%!s(bool=true)'],
        },
      ],
    ],
  ])('%s', (_name, containers, overrider, expected) => {
    expect(
      buildCommandArgsPatches('command', pod(containers), overrider),
    ).toEqual(expected);
  });

  it('targets args the same way', () => {
    expect(
      buildCommandArgsPatches('args', pod([{ name: 'a', args: ['--x'] }]), {
        containerName: 'a',
        operator: 'add',
        value: ['--y'],
      }),
    ).toEqual([
      { op: 'replace', path: path(0, 'args'), value: ['--x', '--y'] },
    ]);
  });

  it.each(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job'])(
    'uses the pod template of a %s',
    kind => {
      const resource = {
        kind,
        spec: { template: { spec: { containers: [{ name: 'a' }] } } },
      };
      expect(
        buildCommandArgsPatches('command', resource, {
          containerName: 'a',
          operator: 'add',
          value: ['y'],
        }),
      ).toEqual([
        {
          op: 'add',
          path: '/spec/template/spec/containers/0/command',
          value: ['y'],
        },
      ]);
    },
  );

  it.each([
    [
      'a CronJob',
      {
        kind: 'CronJob',
        spec: {
          jobTemplate: {
            spec: { template: { spec: { containers: [{ name: 'a' }] } } },
          },
        },
      },
    ],
    [
      'an init container',
      { kind: 'Pod', spec: { initContainers: [{ name: 'a' }] } },
    ],
    ['an empty container list', { kind: 'Pod', spec: { containers: [] } }],
  ])('ignores %s', (_name, resource) => {
    expect(
      buildCommandArgsPatches('command', resource, {
        containerName: 'a',
        operator: 'add',
        value: ['y'],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'containers that are not a list',
      { kind: 'Pod', spec: { containers: {} } },
    ],
    [
      'a container that is not an object',
      { kind: 'Pod', spec: { containers: ['a'] } },
    ],
    [
      'a command that is not a list',
      { kind: 'Pod', spec: { containers: [{ name: 'a', command: 'sh' }] } },
    ],
  ])('fails with InvalidResource on %s', (_name, resource) => {
    expect(() =>
      buildCommandArgsPatches('command', resource, {
        containerName: 'a',
        operator: 'add',
      }),
    ).toThrow(expect.objectContaining({ reason: 'InvalidResource' }));
  });
});
