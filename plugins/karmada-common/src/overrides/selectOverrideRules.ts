// Which rules of which policies apply, in which order (SEMANTICS.md §2):
// Karmada's `getOverridersFromOverridePolicies` for one group of policies.
import {
  Cluster,
  KubernetesObject,
  OverridePolicy,
  ResourceSelector,
  RuleWithCluster,
} from '../types';
import { clusterMatches } from '../selectors';
import { compareGoStrings } from './json/goJson';
import {
  ImplicitPriority,
  resourceMatchSelectorsPriority,
} from './resourceSelectors';
import { AppliedOverride, PolicyRef } from './types';

function selectorsOf(policy: OverridePolicy): ResourceSelector[] {
  const selectors = policy.spec?.resourceSelectors;
  return Array.isArray(selectors) ? selectors : [];
}

/**
 * A policy's identity as the engine reports it.
 *
 * @internal
 */
export function policyRef(policy: OverridePolicy): PolicyRef {
  const name =
    typeof policy.metadata?.name === 'string' ? policy.metadata.name : '';
  if (policy.kind === 'ClusterOverridePolicy')
    return { kind: 'ClusterOverridePolicy', name };
  const namespace =
    typeof policy.metadata?.namespace === 'string'
      ? policy.metadata.namespace
      : '';
  return { kind: 'OverridePolicy', namespace, name };
}

/** A policy with no selectors matches everything and counts as MatchAll. */
function priorityOf(
  resource: KubernetesObject,
  policy: OverridePolicy,
): ImplicitPriority {
  const selectors = selectorsOf(policy);
  return selectors.length === 0
    ? ImplicitPriority.MatchAll
    : resourceMatchSelectorsPriority(resource, selectors);
}

/** Its rules, or the deprecated `targetCluster`/`overriders` pair as one rule when there are none. */
function rulesOf(
  policy: OverridePolicy,
): Array<{ rule: RuleWithCluster; legacy: boolean }> {
  const rules = policy.spec?.overrideRules;
  if (Array.isArray(rules) && rules.length > 0)
    return rules.map(rule => ({ rule, legacy: false }));
  return [
    {
      rule: {
        targetCluster: policy.spec?.targetCluster ?? null,
        overriders: policy.spec?.overriders ?? {},
      },
      legacy: true,
    },
  ];
}

/**
 * The rules of one group of policies (all ClusterOverridePolicies, or the
 * OverridePolicies of one namespace) that apply to `resource` on `cluster`,
 * in application order: policies by implicit priority (MatchAll <
 * LabelSelector < Name), then by name in byte order; rules in list order,
 * skipping those whose targetCluster does not match.
 *
 * @public
 */
export function selectOverrideRules(
  resource: KubernetesObject,
  cluster: Cluster,
  policies: OverridePolicy[],
): AppliedOverride[] {
  const matching = policies
    .map(policy => ({
      policy,
      priority: priorityOf(resource, policy),
      name: policyRef(policy).name,
    }))
    .filter(p => p.priority > ImplicitPriority.MisMatch);
  // Array.prototype.sort is stable, like Go's sort.SliceStable.
  matching.sort((a, b) =>
    a.priority !== b.priority
      ? a.priority - b.priority
      : compareGoStrings(a.name, b.name),
  );
  const out: AppliedOverride[] = [];
  for (const { policy } of matching) {
    rulesOf(policy).forEach(({ rule, legacy }, ruleIndex) => {
      const target = rule.targetCluster;
      if (
        target !== null &&
        target !== undefined &&
        !clusterMatches(cluster, target)
      )
        return;
      out.push({
        policy: policyRef(policy),
        ruleIndex,
        legacy,
        targetCluster: target,
        overriders: rule.overriders ?? {},
      });
    });
  }
  return out;
}
