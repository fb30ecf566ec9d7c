import { CommandIo } from '../io';
import { override } from './override';

function fakeIo(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    readStdin: async () => stdin,
    stdout: t => out.push(t),
    stderr: t => err.push(t),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const input = {
  resource: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      template: {
        spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] },
      },
    },
  },
  cluster: { metadata: { name: 'member1' } },
  overridePolicies: [
    {
      kind: 'OverridePolicy',
      metadata: { name: 'mirror', namespace: 'default' },
      spec: {
        overrideRules: [
          {
            overriders: {
              imageOverrider: [
                {
                  component: 'Registry',
                  operator: 'replace',
                  value: 'mirror.io',
                },
              ],
            },
          },
        ],
      },
    },
  ],
};

describe('karmada-preview override', () => {
  it('prints the effective resource and the attributed changes for one input', async () => {
    const run = fakeIo(JSON.stringify(input));
    expect(await override([], run.io)).toBe(0);
    const result = JSON.parse(run.stdout());
    expect(result.resource.spec.template.spec.containers[0].image).toBe(
      'mirror.io/nginx:1.25',
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        path: '/spec/template/spec/containers/0/image',
        op: 'replace',
        policy: {
          kind: 'OverridePolicy',
          namespace: 'default',
          name: 'mirror',
        },
        overrider: 'imageOverrider',
      }),
    ]);
  });

  it('answers an array with an array, errors in place', async () => {
    const failing = {
      ...input,
      overridePolicies: [
        {
          kind: 'ClusterOverridePolicy',
          metadata: { name: 'x' },
          spec: {
            overrideRules: [
              {
                overriders: {
                  plaintext: [{ path: '/kind', operator: 'remove' }],
                },
              },
            ],
          },
        },
      ],
    };
    const run = fakeIo(JSON.stringify([input, failing]));
    expect(await override([], run.io)).toBe(0);
    const [ok, error] = JSON.parse(run.stdout());
    expect(ok.resource.kind).toBe('Deployment');
    expect(error).toEqual({
      error: {
        reason: 'InvalidResource',
        message: expect.stringContaining(
          'ClusterOverridePolicy x rule 0 plaintext',
        ),
      },
    });
  });

  it.each([
    ['not JSON', '{', 'stdin: not valid JSON'],
    [
      'a missing cluster',
      JSON.stringify({ resource: {} }),
      'cluster: is required',
    ],
    [
      'a wrong type in a batch',
      JSON.stringify([input, { ...input, overridePolicies: 'x' }]),
      '[1].overridePolicies: must be a list',
    ],
  ])(
    'exits 2 on %s with one line naming the field',
    async (_name, stdin, message) => {
      const run = fakeIo(stdin);
      expect(await override([], run.io)).toBe(2);
      expect(run.stderr()).toContain(message);
      expect(run.stderr().trim().split('\n')).toHaveLength(1);
      expect(run.stdout()).toBe('');
    },
  );

  it('rejects arguments and prints help', async () => {
    expect(await override(['--bogus'], fakeIo('').io)).toBe(2);
    const help = fakeIo('');
    expect(await override(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('usage: karmada-preview override');
  });
});
