// Karmada's resource selector matching (pkg/util/selector.go,
// SEMANTICS.md §2.2).
import { KubernetesObject, ResourceSelector } from '../types';
import { matchLabelSelector } from '../selectors';
import { getOwn, isRecord } from './objects';

/**
 * Karmada's implicit priority of a resource selector match.
 *
 * @public
 */
export enum ImplicitPriority {
  MisMatch = 0,
  MatchAll = 1,
  MatchLabelSelector = 2,
  MatchName = 3,
}

function nestedString(resource: KubernetesObject, ...path: string[]): string {
  let current: unknown = resource;
  for (const key of path)
    current = isRecord(current) ? getOwn(current, key) : undefined;
  return typeof current === 'string' ? current : '';
}

/** `GetLabels`: the labels when they form a string map, else none. */
function resourceLabels(resource: KubernetesObject): Record<string, string> {
  const metadata = getOwn(resource, 'metadata');
  const labels = isRecord(metadata) ? getOwn(metadata, 'labels') : undefined;
  if (
    !isRecord(labels) ||
    !Object.values(labels).every(v => typeof v === 'string')
  )
    return {};
  return labels as Record<string, string>;
}

/**
 * `ResourceSelectorPriority`: exact apiVersion and kind, then the namespace
 * if set; a name decides alone; no label selector matches everything; an
 * invalid label selector never matches.
 *
 * @public
 */
export function resourceSelectorPriority(
  resource: KubernetesObject,
  selector: ResourceSelector,
): ImplicitPriority {
  if (nestedString(resource, 'apiVersion') !== (selector.apiVersion ?? ''))
    return ImplicitPriority.MisMatch;
  if (nestedString(resource, 'kind') !== (selector.kind ?? ''))
    return ImplicitPriority.MisMatch;
  if (
    selector.namespace &&
    nestedString(resource, 'metadata', 'namespace') !== selector.namespace
  ) {
    return ImplicitPriority.MisMatch;
  }
  if (selector.name) {
    return selector.name === nestedString(resource, 'metadata', 'name')
      ? ImplicitPriority.MatchName
      : ImplicitPriority.MisMatch;
  }
  if (selector.labelSelector === undefined || selector.labelSelector === null)
    return ImplicitPriority.MatchAll;
  return matchLabelSelector(selector.labelSelector, resourceLabels(resource))
    ? ImplicitPriority.MatchLabelSelector
    : ImplicitPriority.MisMatch;
}

/**
 * `ResourceMatchSelectorsPriority`: the highest priority among the selectors
 * (so the selectors are ORed).
 *
 * @public
 */
export function resourceMatchSelectorsPriority(
  resource: KubernetesObject,
  selectors: ResourceSelector[],
): ImplicitPriority {
  let priority = ImplicitPriority.MisMatch;
  for (const selector of selectors) {
    const p = resourceSelectorPriority(resource, selector);
    if (p > priority) priority = p;
  }
  return priority;
}
