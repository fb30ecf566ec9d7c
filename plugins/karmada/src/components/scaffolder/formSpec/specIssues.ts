import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  workloadSpecIssues,
  type WorkloadSpecContext,
  type WorkloadSpecIssue,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The `FieldValidation` a scaffolder validator receives.
 *
 * @public
 */
export type FieldValidation = Parameters<CustomFieldValidator<unknown>>[1];

// Valid values for the required parts a field does not own, so that the
// spec-wide rules (which zod runs only on an otherwise valid spec) still
// check the parts it does own, e.g. placement before the container exists.
const STAND_INS: Record<string, unknown> = {
  instance: 'default',
  namespace: 'default',
  name: 'workload',
  placement: { mode: 'area', area: {} },
  containers: [{ name: 'main', image: 'busybox' }],
};

function within(path: string, prefix: string): boolean {
  return (
    path === prefix ||
    path.startsWith(`${prefix}.`) ||
    path.startsWith(`${prefix}[`)
  );
}

function owns(prefixes: string[], key: string): boolean {
  return prefixes.some(p => within(p, key) || within(key, p));
}

/**
 * The problems karmada-common's `workloadSpecIssues` finds in the parts of
 * `spec` a field owns (paths under `prefixes`); parts the field does not own
 * and that are missing are filled with valid stand-ins.
 *
 * @public
 */
export function specIssuesWithin(
  spec: Record<string, unknown>,
  prefixes: string[],
  context?: WorkloadSpecContext,
): WorkloadSpecIssue[] {
  const filled: Record<string, unknown> = { ...spec };
  for (const [key, value] of Object.entries(STAND_INS)) {
    if (filled[key] === undefined && !owns(prefixes, key)) filled[key] = value;
  }
  const { issues } = workloadSpecIssues(filled, context);
  return issues.filter(i => prefixes.some(p => within(i.path, p)));
}

/**
 * An issue as the form shows it: the field's label, then the reason.
 *
 * @public
 */
export function describeSpecIssue(issue: WorkloadSpecIssue): string {
  return issue.label ? `${issue.label}: ${issue.reason}` : issue.reason;
}

/**
 * Adds each issue to the field's validation (which blocks Next and shows
 * the messages on the field).
 *
 * @public
 */
export function addSpecIssues(
  validation: FieldValidation,
  issues: WorkloadSpecIssue[],
): void {
  for (const issue of issues) validation.addError(describeSpecIssue(issue));
}
