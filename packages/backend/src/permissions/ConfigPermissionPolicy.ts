import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/**
 * One rule of the app-config permission policy.
 */
export interface PermissionRule {
  /** A permission name, or a prefix ending in `*` (e.g. `karmada.*`). */
  permission: string;
  result: 'allow' | 'deny';
  /** When set, the rule applies only to these user entity refs. */
  users?: string[];
}

/**
 * Reads `permission.policy` from app-config: rules tried in order, first
 * match wins, then the default. Lets a platform team deny, say,
 * `karmada.workload.create` without writing code.
 */
export function readPermissionRules(config: Config): {
  defaultResult: 'allow' | 'deny';
  rules: PermissionRule[];
} {
  const policy = config.getOptionalConfig('permission.policy');
  const defaultResult = (policy?.getOptionalString('default') ?? 'allow') as
    | 'allow'
    | 'deny';
  if (defaultResult !== 'allow' && defaultResult !== 'deny') {
    throw new Error(
      `permission.policy.default: must be "allow" or "deny", got "${defaultResult}"`,
    );
  }
  const rules = (policy?.getOptionalConfigArray('rules') ?? []).map((r, i) => {
    const result = r.getString('result');
    if (result !== 'allow' && result !== 'deny') {
      throw new Error(
        `permission.policy.rules[${i}].result: must be "allow" or "deny", got "${result}"`,
      );
    }
    return {
      permission: r.getString('permission'),
      result,
      users: r.getOptionalStringArray('users'),
    } as PermissionRule;
  });
  return { defaultResult, rules };
}

function matches(rule: PermissionRule, name: string, user?: string): boolean {
  const nameOk = rule.permission.endsWith('*')
    ? name.startsWith(rule.permission.slice(0, -1))
    : name === rule.permission;
  if (!nameOk) return false;
  return !rule.users || (user !== undefined && rule.users.includes(user));
}

/**
 * A permission policy configured in app-config (see readPermissionRules).
 */
export class ConfigPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: ReturnType<typeof readPermissionRules>,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const principal = user?.credentials.principal as
      | { type?: string; userEntityRef?: string }
      | undefined;
    const ref =
      principal?.type === 'user' ? principal.userEntityRef : undefined;
    const rule = this.options.rules.find(r =>
      matches(r, request.permission.name, ref),
    );
    const result = rule?.result ?? this.options.defaultResult;
    return {
      result: result === 'allow' ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
    };
  }
}
