import { KarmadaInputError } from '../errors';
import { formatSpecPath, workloadFieldLabel } from './fieldLabels';
import { differentialTargetIssues } from './rules/differentialRules';
import type { SpecIssue } from './rules/podRules';
import { specErrorMap } from './specErrorMap';
import { WorkloadSpec, workloadSpecSchema } from './workloadSpecSchema';

/**
 * What the caller knows about the fleet, for the rules the schema cannot check.
 *
 * @public
 */
export interface WorkloadSpecContext {
  /** The clusters the placement preview chose; differential items may target only these. */
  scheduledClusters?: string[];
  /** Every member cluster of the Karmada instance; any cluster the spec names must be one. */
  knownClusters?: string[];
}

/**
 * One problem with a workload spec: the path, the reason, and the form label.
 *
 * @public
 */
export interface WorkloadSpecIssue {
  path: string;
  reason: string;
  label?: string;
}

function clusterReferences(
  spec: WorkloadSpec,
): Array<{ path: Array<string | number>; name: string }> {
  const out: Array<{ path: Array<string | number>; name: string }> = [];
  const add = (base: Array<string | number>, names: string[] | undefined) =>
    (names ?? []).forEach((name, i) => out.push({ path: [...base, i], name }));
  add(['placement', 'clusterNames'], spec.placement.clusterNames);
  add(['placement', 'exclude'], spec.placement.exclude);
  (spec.placement.fallbacks ?? []).forEach((f, j) => {
    add(['placement', 'fallbacks', j, 'clusterNames'], f.clusterNames);
    add(['placement', 'fallbacks', j, 'exclude'], f.exclude);
  });
  (spec.scheduling.weights ?? []).forEach((w, j) =>
    add(['scheduling', 'weights', j, 'clusterNames'], w.clusterNames),
  );
  (spec.differential ?? []).forEach((d, j) =>
    add(['differential', j, 'clusters'], d.clusters),
  );
  return out;
}

function contextIssues(
  spec: WorkloadSpec,
  context: WorkloadSpecContext,
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (context.knownClusters) {
    const known = new Set(context.knownClusters);
    for (const ref of clusterReferences(spec)) {
      if (!known.has(ref.name)) {
        issues.push({
          path: ref.path,
          message: `cluster "${ref.name}" is not a member cluster of Karmada instance "${spec.instance}"`,
        });
      }
    }
  }
  issues.push(
    ...differentialTargetIssues(
      spec.differential ?? [],
      context.scheduledClusters,
      'the placement chose',
    ),
  );
  return issues;
}

function toIssue(
  path: ReadonlyArray<PropertyKey>,
  reason: string,
): WorkloadSpecIssue {
  const label = workloadFieldLabel(path);
  return { path: formatSpecPath(path), reason, ...(label ? { label } : {}) };
}

/**
 * Every problem with a workload spec (empty when it is valid), for forms
 * that show them all as the user types.
 *
 * @public
 */
export function workloadSpecIssues(
  input: unknown,
  context: WorkloadSpecContext = {},
): { spec?: WorkloadSpec; issues: WorkloadSpecIssue[] } {
  const result = workloadSpecSchema.safeParse(input, { error: specErrorMap });
  if (!result.success) {
    return {
      issues: result.error.issues.flatMap(issue =>
        // Name each unknown key at its own path, where the user typed it.
        issue.code === 'unrecognized_keys'
          ? issue.keys.map(key =>
              toIssue([...issue.path, key], `unknown field "${key}"`),
            )
          : [toIssue(issue.path, issue.message)],
      ),
    };
  }
  const issues = contextIssues(result.data, context).map(i =>
    toIssue(i.path, i.message),
  );
  return issues.length ? { issues } : { spec: result.data, issues };
}

/**
 * Parses a workload spec and checks the rules that need the fleet; throws a
 * {@link KarmadaInputError} listing every issue, its message naming the
 * first as `Label (path): reason`.
 *
 * @public
 */
export function validateWorkloadSpec(
  input: unknown,
  context: WorkloadSpecContext = {},
): WorkloadSpec {
  const { spec, issues } = workloadSpecIssues(input, context);
  if (!spec) throw new KarmadaInputError(issues);
  return spec;
}
