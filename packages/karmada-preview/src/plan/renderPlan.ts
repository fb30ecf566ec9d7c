import YAML from 'yaml';
import { renderPlanTable } from './renderPlanTable';
import { PlanOutput, PlanResult } from './types';

/**
 * Renders a plan as a table for people, or as JSON/YAML for tools. The
 * structured forms carry everything, including each cluster's effective
 * manifest; the table shows only the differences.
 *
 * @public
 */
export function renderPlan(result: PlanResult, output: PlanOutput): string {
  if (output === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  // Through JSON first: the yaml package writes anchors and aliases for
  // objects the result shares (the template and an unchanged manifest).
  if (output === 'yaml')
    return YAML.stringify(JSON.parse(JSON.stringify(result)));
  return renderPlanTable(result);
}
