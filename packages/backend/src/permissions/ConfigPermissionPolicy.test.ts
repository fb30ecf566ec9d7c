import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  ConfigPermissionPolicy,
  readPermissionRules,
} from './ConfigPermissionPolicy';

const create = createPermission({
  name: 'karmada.workload.create',
  attributes: { action: 'create' },
});
const read = createPermission({
  name: 'karmada.workload.read',
  attributes: { action: 'read' },
});
const user = (ref: string) =>
  ({
    credentials: mockCredentials.user(ref),
    info: { userEntityRef: ref, ownershipEntityRefs: [] },
  } as PolicyQueryUser);

function policy(data: object) {
  return new ConfigPermissionPolicy(
    readPermissionRules(new ConfigReader({ permission: { policy: data } })),
  );
}

describe('ConfigPermissionPolicy', () => {
  it.each([
    ['no policy allows', {}, create, undefined, AuthorizeResult.ALLOW],
    [
      'default deny',
      { default: 'deny' },
      read,
      undefined,
      AuthorizeResult.DENY,
    ],
    [
      'exact rule denies',
      { rules: [{ permission: 'karmada.workload.create', result: 'deny' }] },
      create,
      undefined,
      AuthorizeResult.DENY,
    ],
    [
      'exact rule leaves others',
      { rules: [{ permission: 'karmada.workload.create', result: 'deny' }] },
      read,
      undefined,
      AuthorizeResult.ALLOW,
    ],
    [
      'prefix rule',
      {
        default: 'allow',
        rules: [{ permission: 'karmada.*', result: 'deny' }],
      },
      read,
      undefined,
      AuthorizeResult.DENY,
    ],
    [
      'first match wins',
      {
        rules: [
          { permission: 'karmada.workload.read', result: 'allow' },
          { permission: 'karmada.*', result: 'deny' },
        ],
      },
      read,
      undefined,
      AuthorizeResult.ALLOW,
    ],
    [
      'user-scoped rule matches the user',
      {
        default: 'deny',
        rules: [
          {
            permission: 'karmada.*',
            result: 'allow',
            users: ['user:default/alice'],
          },
        ],
      },
      create,
      'user:default/alice',
      AuthorizeResult.ALLOW,
    ],
    [
      'user-scoped rule skips others',
      {
        default: 'deny',
        rules: [
          {
            permission: 'karmada.*',
            result: 'allow',
            users: ['user:default/alice'],
          },
        ],
      },
      create,
      'user:default/bob',
      AuthorizeResult.DENY,
    ],
  ])('%s', async (_name, data, permission, ref, expected) => {
    const decision = await policy(data).handle(
      { permission },
      ref ? user(ref) : undefined,
    );
    expect(decision.result).toBe(expected);
  });

  it('names the config key of a bad value', () => {
    expect(() =>
      readPermissionRules(
        new ConfigReader({ permission: { policy: { default: 'maybe' } } }),
      ),
    ).toThrow(
      'permission.policy.default: must be "allow" or "deny", got "maybe"',
    );
    expect(() =>
      readPermissionRules(
        new ConfigReader({
          permission: {
            policy: { rules: [{ permission: 'x', result: 'no' }] },
          },
        }),
      ),
    ).toThrow('permission.policy.rules[0].result');
  });
});
