import { Condition } from '@karmada-backstage/plugin-karmada-common';

/**
 * `meta.SetStatusCondition`: replaces the condition of the same type, and
 * keeps its lastTransitionTime unless its status changed.
 *
 * @public
 */
export function setCondition(
  conditions: Condition[] | undefined,
  next: Condition,
  now: string,
): Condition[] {
  const list = [...(conditions ?? [])];
  const index = list.findIndex(c => c.type === next.type);
  if (index < 0) return [...list, { ...next, lastTransitionTime: now }];
  const current = list[index];
  list[index] = {
    ...next,
    lastTransitionTime:
      current.status === next.status && current.lastTransitionTime
        ? current.lastTransitionTime
        : now,
  };
  return list;
}

/**
 * The condition of a type, if any.
 *
 * @public
 */
export function findCondition(
  conditions: Condition[] | undefined,
  type: string,
): Condition | undefined {
  return conditions?.find(c => c.type === type);
}
