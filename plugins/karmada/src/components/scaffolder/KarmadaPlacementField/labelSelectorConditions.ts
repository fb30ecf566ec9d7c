import type {
  ClusterLabelConditionValue,
  ClusterLabelSelectorValue,
} from '../types';

/**
 * A label selector as the "Specify labels" conditions the form edits:
 * `matchLabels` entries become "equal" conditions.
 *
 * @public
 */
export function selectorToConditions(
  selector: ClusterLabelSelectorValue | undefined,
): ClusterLabelConditionValue[] {
  return [
    ...Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => ({
      key,
      operator: 'Equal' as const,
      value,
    })),
    ...(selector?.matchExpressions ?? []).map(e => ({ ...e })),
  ];
}

/**
 * "Specify labels" conditions as a label selector: "equal" conditions go to
 * `matchLabels` (a later one with the same key wins, as in YAML), the others
 * to `matchExpressions`; empty parts are left out.
 *
 * @public
 */
export function conditionsToSelector(
  conditions: ClusterLabelConditionValue[],
): ClusterLabelSelectorValue {
  const selector: ClusterLabelSelectorValue = {};
  for (const c of conditions) {
    if (c.operator === 'Equal') {
      selector.matchLabels = {
        ...selector.matchLabels,
        [c.key]: c.value ?? '',
      };
    } else {
      selector.matchExpressions = [
        ...(selector.matchExpressions ?? []),
        c.operator === 'In' || c.operator === 'NotIn'
          ? { key: c.key, operator: c.operator, values: c.values ?? [] }
          : { key: c.key, operator: c.operator },
      ];
    }
  }
  return selector;
}
