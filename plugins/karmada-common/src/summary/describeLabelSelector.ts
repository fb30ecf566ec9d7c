import type { LabelSelector, LabelSelectorRequirement } from '../types';
import { joinWords } from './joinWords';

/**
 * One label requirement in plain words: `env=prod`, `env=prod or staging`,
 * `env other than dev`, `a gpu label`, `no gpu label`.
 *
 * @public
 */
export function describeLabelRequirement(
  req: LabelSelectorRequirement,
): string {
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return `${req.key}=${joinWords(values, { conjunction: 'or' })}`;
    case 'NotIn':
      return `${req.key} other than ${joinWords(values, {
        conjunction: 'or',
      })}`;
    case 'Exists':
      return `a ${req.key} label`;
    case 'DoesNotExist':
      return `no ${req.key} label`;
    default:
      // Karmada treats an unknown operator as matching nothing; say what was written.
      return `${req.key} ${req.operator} ${values.join(',')}`.trim();
  }
}

/**
 * The requirements of a label selector in plain words, `matchLabels` first,
 * e.g. `["env=prod", "a gpu label"]`. Empty for a selector that matches every
 * cluster (`{}`).
 *
 * @public
 */
export function describeLabelSelector(
  selector: LabelSelector | undefined,
): string[] {
  if (!selector) return [];
  const parts = Object.entries(selector.matchLabels ?? {}).map(
    ([key, value]) => `${key}=${value}`,
  );
  for (const req of selector.matchExpressions ?? []) {
    parts.push(describeLabelRequirement(req));
  }
  return parts;
}
