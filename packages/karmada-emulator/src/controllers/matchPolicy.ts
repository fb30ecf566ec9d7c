import {
  KubernetesObject,
  PropagationPolicy,
  resourceMatchSelectorsPriority,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Karmada's choice among the (Cluster)PropagationPolicies that select a
 * resource template (pkg/detector/compare.go): the highest explicit
 * `priority` wins; among equals the most specific selector (name, then
 * label selector, then match-all); among those the name that sorts first.
 * Undefined when none selects it.
 *
 * @public
 */
export function matchPolicy<P extends PropagationPolicy>(
  template: KubernetesObject,
  policies: P[],
): P | undefined {
  let best: P | undefined;
  let bestExplicit = Number.MIN_SAFE_INTEGER;
  let bestImplicit = 0;
  for (const policy of policies) {
    const implicit = resourceMatchSelectorsPriority(
      template,
      policy.spec?.resourceSelectors ?? [],
    );
    if (implicit <= 0) continue;
    const explicit = policy.spec?.priority ?? 0;
    const name = policy.metadata?.name ?? '';
    const better =
      !best ||
      explicit > bestExplicit ||
      (explicit === bestExplicit &&
        (implicit > bestImplicit ||
          (implicit === bestImplicit && name < (best.metadata?.name ?? ''))));
    if (better) {
      best = policy;
      bestExplicit = explicit;
      bestImplicit = implicit;
    }
  }
  return best;
}

/**
 * Whether a policy selects a template at all.
 *
 * @public
 */
export function policySelects(
  template: KubernetesObject,
  policy: PropagationPolicy,
): boolean {
  return (
    resourceMatchSelectorsPriority(
      template,
      policy.spec?.resourceSelectors ?? [],
    ) > 0
  );
}
