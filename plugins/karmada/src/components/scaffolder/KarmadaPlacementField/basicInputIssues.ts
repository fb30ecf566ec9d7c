import type { WorkloadSpecIssue } from '@karmada-backstage/plugin-karmada-common';

/**
 * The inputs of the field's basic information.
 *
 * @public
 */
export type BasicInput = 'instance' | 'namespace' | 'name' | 'replicas';

const INPUTS: readonly BasicInput[] = [
  'instance',
  'namespace',
  'name',
  'replicas',
];

/**
 * The first problem with each basic input, in words for the input itself
 * (its label already names it), from the same issues the field's
 * validation reports.
 *
 * @public
 */
export function basicInputIssues(
  issues: readonly WorkloadSpecIssue[],
): Partial<Record<BasicInput, string>> {
  const out: Partial<Record<BasicInput, string>> = {};
  for (const issue of issues) {
    const input = INPUTS.find(i => issue.path === i);
    if (input && out[input] === undefined) out[input] = issue.reason;
  }
  return out;
}
