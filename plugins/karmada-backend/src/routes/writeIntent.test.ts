import { InputError } from '@backstage/errors';
import { writeIntent } from './writeIntent';

// As the registry resolves: no name → the default, unknown → InputError.
const resolveInstance = (name?: string) => {
  if (!name) return 'local';
  if (name === 'local' || name === 'prod') return name;
  throw new InputError(`unknown Karmada instance "${name}"`);
};
const objects = (kinds: string[], namespace: unknown, name: unknown) =>
  kinds.map(kind => ({ kind, namespace, name }));

describe('writeIntent', () => {
  it.each<[string, Parameters<typeof writeIntent>[0], unknown, object]>([
    [
      'apply: the policy and the Deployment, on the default instance',
      'apply',
      { spec: { namespace: 'team-a', name: 'web' } },
      {
        dryRun: false,
        meta: {
          instance: 'local',
          namespace: 'team-a',
          name: 'web',
          dryRun: false,
          force: false,
          staged: false,
        },
        objects: objects(['PropagationPolicy', 'Deployment'], 'team-a', 'web'),
      },
    ],
    [
      'apply with differential items: the OverridePolicy too; flags as given',
      'apply',
      {
        instance: 'local',
        spec: {
          instance: 'prod',
          namespace: 'team-a',
          name: 'web',
          differential: [{ clusters: ['m1'] }],
        },
        dryRun: true,
        force: true,
        staged: true,
      },
      {
        dryRun: true,
        meta: {
          // The spec's instance wins, as in the permission check.
          instance: 'prod',
          namespace: 'team-a',
          name: 'web',
          dryRun: true,
          force: true,
          staged: true,
        },
        objects: objects(
          ['PropagationPolicy', 'OverridePolicy', 'Deployment'],
          'team-a',
          'web',
        ),
      },
    ],
    [
      'apply, invalid: an unknown instance as asked, empty differential, flags of the wrong type are false',
      'apply',
      {
        spec: {
          instance: 'nope',
          namespace: 'team-a',
          name: 7,
          differential: [],
        },
        dryRun: 'yes',
        force: 1,
      },
      {
        dryRun: false,
        meta: {
          instance: 'nope',
          namespace: 'team-a',
          name: null,
          dryRun: false,
          force: false,
          staged: false,
        },
        objects: objects(['PropagationPolicy', 'Deployment'], 'team-a', null),
      },
    ],
    [
      'apply, not an object at all',
      'apply',
      'garbage',
      {
        meta: expect.objectContaining({
          instance: 'local',
          namespace: null,
          name: null,
        }),
        objects: objects(['PropagationPolicy', 'Deployment'], null, null),
      },
    ],
    [
      'resume: the PropagationPolicy, no apply flags',
      'resume',
      { instance: 'prod', namespace: 'team-b', name: 'api', dryRun: true },
      {
        dryRun: true,
        meta: {
          instance: 'prod',
          namespace: 'team-b',
          name: 'api',
          dryRun: true,
        },
        objects: objects(['PropagationPolicy'], 'team-b', 'api'),
      },
    ],
    [
      'remove: all three objects, whatever the body lacks',
      'remove',
      { namespace: 'team-b' },
      {
        dryRun: false,
        meta: {
          instance: 'local',
          namespace: 'team-b',
          name: null,
          dryRun: false,
        },
        objects: objects(
          ['Deployment', 'PropagationPolicy', 'OverridePolicy'],
          'team-b',
          null,
        ),
      },
    ],
  ])('%s', (_name, route, body, expected) => {
    expect(writeIntent(route, body, resolveInstance)).toMatchObject(expected);
  });
});
