import {
  KubernetesObject,
  resourceSelectorPriority,
  ResourceSelector,
} from '@karmada-backstage/plugin-karmada-common';
import { ResourceType } from '../api/ResourceType';
import { ControllerContext } from './ControllerContext';
import { POLICIES_BY_SELECTOR } from './controllerIndexes';

// Policies select resource templates by apiVersion, kind and optionally a
// name. Filing each policy under `scope|apiVersion|kind|name` (or `…|*` for
// selectors without a name, `scope|*` for no selectors at all, which
// OverridePolicies read as "everything") lets a template find the few
// policies that may select it with three lookups instead of a scan; the
// engine's own matching then decides among those.

function selectorsOf(policy: KubernetesObject): ResourceSelector[] {
  const selectors = (policy.spec as { resourceSelectors?: unknown } | undefined)
    ?.resourceSelectors;
  return Array.isArray(selectors) ? selectors : [];
}

/**
 * What a policy is filed under in the selector index.
 *
 * @public
 */
export function policyIndexValues(policy: KubernetesObject): string[] {
  const scope = policy.metadata?.namespace ?? '';
  const selectors = selectorsOf(policy);
  if (selectors.length === 0) return [`${scope}|*`];
  return selectors.map(
    s => `${scope}|${s.apiVersion ?? ''}|${s.kind ?? ''}|${s.name || '*'}`,
  );
}

/**
 * The policies of a type that may select a template: every policy whose
 * selectors match it is among them (namespaced policies from the
 * template's namespace only), in no particular order.
 *
 * @public
 */
export function policyCandidates<P = KubernetesObject>(
  ctx: ControllerContext,
  policyType: ResourceType,
  template: KubernetesObject,
): P[] {
  const scope = policyType.namespaced ? template.metadata?.namespace ?? '' : '';
  const kind = `${scope}|${template.apiVersion ?? ''}|${template.kind ?? ''}`;
  const found = new Set<KubernetesObject>();
  for (const value of [
    `${kind}|${template.metadata?.name ?? ''}`,
    `${kind}|*`,
    `${scope}|*`,
  ]) {
    for (const policy of ctx.byIndex(policyType, POLICIES_BY_SELECTOR, value))
      found.add(policy);
  }
  return [...found] as unknown as P[];
}

/**
 * The stored objects a policy's resource selectors select (a namespaced
 * policy only in its namespace), with their types; undefined for a policy
 * without selectors, which selects everything.
 *
 * @public
 */
export function selectedTemplates(
  ctx: ControllerContext,
  policy: KubernetesObject,
  policyType: ResourceType,
): Array<{ type: ResourceType; object: KubernetesObject }> | undefined {
  const selectors = selectorsOf(policy);
  if (selectors.length === 0) return undefined;
  const found = new Map<
    KubernetesObject,
    { type: ResourceType; object: KubernetesObject }
  >();
  for (const selector of selectors) {
    const type = ctx.api.registry.byKind(selector.apiVersion, selector.kind);
    if (!type) continue;
    let namespace: string | undefined;
    if (!type.namespaced) namespace = '';
    else if (policyType.namespaced) namespace = policy.metadata?.namespace;
    else namespace = selector.namespace || undefined;
    const candidates =
      selector.name && namespace !== undefined
        ? [ctx.get(type, namespace, selector.name)]
        : ctx.scan(type, namespace);
    for (const object of candidates) {
      if (object && resourceSelectorPriority(object, selector) > 0)
        found.set(object, { type, object });
    }
  }
  return [...found.values()];
}
