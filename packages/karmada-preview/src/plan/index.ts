export { buildPlan } from './buildPlan';
export { readPlanInputs } from './readPlanInputs';
export type { PlanFiles } from './readPlanInputs';
export { renderPlan } from './renderPlan';
export type { ClusterPlan, PlanInputs, PlanOutput, PlanResult } from './types';
