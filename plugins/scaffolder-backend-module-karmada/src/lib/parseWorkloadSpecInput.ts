import { InputError } from '@backstage/errors';
import {
  WorkloadSpec,
  workloadSpecIssues,
  WorkloadSpecIssue,
} from '@karmada-backstage/plugin-karmada-common';

// How many problems one message lists: enough to fix a template in one go,
// few enough that the step log stays readable.
const MAX_LISTED = 5;

function describeIssue(issue: WorkloadSpecIssue, field: string): string {
  const path = issue.path ? `${field}.${issue.path}` : field;
  return issue.label
    ? `${issue.label} (${path}): ${issue.reason}`
    : `${path}: ${issue.reason}`;
}

/**
 * Validates the `spec` input of an action with karmada-common's own
 * validator, so the step fails the way the form would: every problem named
 * by its form label and its path in the action input, e.g.
 * `Specify clusters (spec.placement.clusterNames): choose at least one cluster`.
 *
 * @param input - the raw value the template passed
 * @param field - where it sits in the action input (paths are prefixed with it)
 * @returns the parsed spec, defaults applied
 * @throws InputError listing the problems
 */
export function parseWorkloadSpecInput(
  input: unknown,
  field = 'spec',
): WorkloadSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InputError(
      `${field}: must be a workload spec object (instance, namespace, name, placement, containers…)`,
    );
  }
  // The same parse as karmada-common's validateWorkloadSpec, but with every
  // issue: a template author fixes them all in one run.
  const { spec, issues } = workloadSpecIssues(input);
  if (spec) return spec;
  const listed = issues.slice(0, MAX_LISTED).map(i => describeIssue(i, field));
  const more = issues.length - listed.length;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  throw new InputError(
    `The workload spec has ${count}: ${listed.join('; ')}${
      more > 0 ? `; and ${more} more` : ''
    }`,
  );
}
