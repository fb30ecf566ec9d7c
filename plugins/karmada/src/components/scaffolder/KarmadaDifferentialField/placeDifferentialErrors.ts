import type { WorkloadSpecIssue } from '@karmada-backstage/plugin-karmada-common';
import { describeSpecIssue } from '../formSpec/specIssues';

/**
 * The field's validation messages sorted by where they show: next to the
 * item at fault, or on the field as a whole.
 *
 * @public
 */
export interface PlacedDifferentialErrors {
  /** Messages per item index. */
  byItem: Map<number, string[]>;
  /** Messages no item's issue produced (e.g. from the fresh preview only). */
  rest: string[];
}

const ITEM_PATH = /^differential\[(\d+)\]/;

/**
 * Places each message (the strings the validation added, which carry no
 * path) by the item whose issue reads the same: `issues` are the same
 * karmada-common rules run on the data the messages were made from.
 *
 * @public
 */
export function placeDifferentialErrors(
  messages: readonly string[] | undefined,
  issues: readonly WorkloadSpecIssue[],
): PlacedDifferentialErrors {
  const byItem = new Map<number, string[]>();
  const rest: string[] = [];
  for (const message of messages ?? []) {
    const items = new Set<number>();
    for (const issue of issues) {
      const match = ITEM_PATH.exec(issue.path);
      if (match && describeSpecIssue(issue) === message) {
        items.add(Number(match[1]));
      }
    }
    if (items.size === 0) rest.push(message);
    for (const i of items) byItem.set(i, [...(byItem.get(i) ?? []), message]);
  }
  return { byItem, rest };
}
