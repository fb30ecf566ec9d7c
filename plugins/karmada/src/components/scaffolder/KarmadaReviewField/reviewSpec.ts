import {
  renderWorkload,
  renderWorkloadYaml,
  summarizePlacement,
  workloadSpecIssues,
  type WorkloadSpecIssue,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The spec checked and rendered in the browser: its issues, or its YAML and
 * placement in words. Shown at once, before the backend's render arrives,
 * and still shown when the backend cannot be reached.
 *
 * @public
 */
export interface LocalReview {
  issues: WorkloadSpecIssue[];
  yaml?: string;
  summary?: string;
}

/**
 * Validates and renders a spec locally with karmada-common.
 *
 * @public
 */
export function reviewSpec(spec: Record<string, unknown>): LocalReview {
  const { issues } = workloadSpecIssues(spec);
  if (issues.length) return { issues };
  try {
    const rendered = renderWorkload(spec);
    return {
      issues: [],
      yaml: renderWorkloadYaml(rendered),
      summary: summarizePlacement(rendered.propagationPolicy.spec.placement),
    };
  } catch (e) {
    return {
      issues: [
        { path: '', reason: e instanceof Error ? e.message : String(e) },
      ],
    };
  }
}
