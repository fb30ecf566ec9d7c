import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionExports,
  createConditionTransformer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  karmadaWorkloadCreatePermission,
  karmadaWorkloadReadPermission,
} from '@karmada-backstage/plugin-karmada-common';
import { z } from 'zod';
import { createAuthorizer } from './createAuthorizer';
import {
  isInInstance,
  isInNamespace,
  KarmadaNamespaceQuery,
  KarmadaNamespaceResource,
  karmadaNamespacePermissionResourceRef,
  karmadaNamespaceRules,
} from './rules';

// What the permissions registry hands out for the resource type once
// plugin.ts has registered these rules.
const ruleset: PermissionRuleset<
  KarmadaNamespaceResource,
  KarmadaNamespaceQuery
> = {
  getRuleByName(name) {
    const rule = karmadaNamespaceRules.find(r => r.name === name);
    if (!rule) throw new Error(`no rule ${name}`);
    return rule as any;
  },
};

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: karmadaNamespacePermissionResourceRef,
  rules: { isInNamespace, isInInstance },
});

const at = (instance: string, namespace: string) => ({ instance, namespace });

describe('IS_IN_INSTANCE', () => {
  it('is registered under its name for the karmada-namespace resource type', () => {
    expect(isInInstance).toMatchObject({
      name: 'IS_IN_INSTANCE',
      resourceRef: karmadaNamespacePermissionResourceRef,
    });
    expect(karmadaNamespaceRules).toContain(isInInstance);
    expect(conditions.isInInstance({ instances: ['prod'] })).toEqual({
      rule: 'IS_IN_INSTANCE',
      resourceType: 'karmada-namespace',
      params: { instances: ['prod'] },
    });
  });

  it.each([
    ['allows a listed instance', at('prod', 'team-a'), ['dev', 'prod'], true],
    [
      'allows any namespace of a listed instance',
      at('prod', 'kube-system'),
      ['prod'],
      true,
    ],
    [
      'refuses another instance',
      at('staging', 'team-a'),
      ['dev', 'prod'],
      false,
    ],
    [
      'refuses a near name (instances are names, not globs)',
      at('prod-eu', 'team-a'),
      ['prod*'],
      false,
    ],
    ['refuses when no instance is listed', at('prod', 'team-a'), [], false],
  ])('%s', (_name, resource, instances, allowed) => {
    expect(isInInstance.apply(resource, { instances })).toBe(allowed);
  });

  it('checks its params', () => {
    // rules.ts defines it with zod; the rule's type is any Standard Schema.
    const params = isInInstance.paramsSchema as z.ZodType;
    expect(params.safeParse({ instances: ['prod'] }).success).toBe(true);
    expect(params.safeParse({ instances: 'prod' }).success).toBe(false);
  });

  it('gives its query, alone and combined with IS_IN_NAMESPACE', () => {
    expect(isInInstance.toQuery({ instances: ['prod'] })).toEqual({
      instances: ['prod'],
    });
    const toQuery = createConditionTransformer(ruleset);
    expect(
      toQuery({
        allOf: [
          conditions.isInInstance({ instances: ['prod'] }),
          conditions.isInNamespace({ namespaces: ['team-*'] }),
        ],
      }),
    ).toEqual({
      allOf: [{ instances: ['prod'] }, { namespaces: ['team-*'] }],
    });
  });

  describe('decided by the authorizer (the filter the routes use)', () => {
    function authorizerWith(decision: ConditionalPolicyDecision) {
      const permissions = mockServices.permissions.mock({
        authorizeConditional: async reqs => reqs.map(() => decision),
      });
      const permissionsRegistry = mockServices.permissionsRegistry.mock({
        getPermissionRuleset: () => ruleset as any,
      });
      return createAuthorizer({ permissions, permissionsRegistry });
    }
    const credentials = mockCredentials.user();

    it('allows a write only on the listed instance', async () => {
      const authorizer = authorizerWith(
        createConditionalDecision(
          karmadaWorkloadCreatePermission,
          conditions.isInInstance({ instances: ['prod'] }),
        ),
      );
      await expect(
        authorizer.namespace(
          karmadaWorkloadCreatePermission,
          at('prod', 'team-a'),
          credentials,
        ),
      ).resolves.toBeUndefined();
      const denied = authorizer.namespace(
        karmadaWorkloadCreatePermission,
        at('staging', 'team-a'),
        credentials,
      );
      await expect(denied).rejects.toThrow(NotAllowedError);
      await expect(denied).rejects.toThrow(
        'not allowed: karmada.workload.create on namespace "team-a" of Karmada instance "staging"',
      );
    });

    it('filters a list by instance, and by namespace within it', async () => {
      const byInstance = await authorizerWith(
        createConditionalDecision(
          karmadaWorkloadReadPermission,
          conditions.isInInstance({ instances: ['prod'] }),
        ),
      ).namespaceFilter(karmadaWorkloadReadPermission, credentials);
      expect(
        [at('prod', 'team-a'), at('prod', 'team-b'), at('dev', 'team-a')].map(
          byInstance,
        ),
      ).toEqual([true, true, false]);
      const both = await authorizerWith(
        createConditionalDecision(karmadaWorkloadReadPermission, {
          allOf: [
            conditions.isInInstance({ instances: ['prod'] }),
            conditions.isInNamespace({ namespaces: ['team-a'] }),
          ],
        }),
      ).namespaceFilter(karmadaWorkloadReadPermission, credentials);
      expect(
        [at('prod', 'team-a'), at('prod', 'team-b'), at('dev', 'team-a')].map(
          both,
        ),
      ).toEqual([true, false, false]);
    });

    it('is not consulted when the policy decides outright', async () => {
      const permissions = mockServices.permissions.mock({
        authorizeConditional: async reqs =>
          reqs.map(() => ({ result: AuthorizeResult.DENY })),
      });
      const authorizer = createAuthorizer({
        permissions,
        permissionsRegistry: mockServices.permissionsRegistry.mock({
          getPermissionRuleset: () => ruleset as any,
        }),
      });
      await expect(
        authorizer.namespaceFilter(karmadaWorkloadReadPermission, credentials),
      ).rejects.toThrow('not allowed: karmada.workload.read');
    });
  });
});

describe('IS_IN_NAMESPACE', () => {
  it.each([
    ['allows a listed name', 'team-a', ['team-a'], true],
    ['allows a glob match', 'team-b', ['team-*'], true],
    [
      'refuses a partial glob match (whole names only)',
      'my-team-b',
      ['team-*'],
      false,
    ],
    [
      'refuses where a dot would be a regex wildcard',
      'teamxa',
      ['team.a'],
      false,
    ],
    ['refuses when no namespace is listed', 'team-a', [], false],
  ])('%s', (_name, namespace, namespaces, allowed) => {
    expect(isInNamespace.apply(at('prod', namespace), { namespaces })).toBe(
      allowed,
    );
  });

  it('gives its query', () => {
    expect(isInNamespace.toQuery({ namespaces: ['team-*'] })).toEqual({
      namespaces: ['team-*'],
    });
  });
});
