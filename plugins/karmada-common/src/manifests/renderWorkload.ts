import type { OverridePolicy, PropagationPolicy } from '../types';
import { validateWorkloadSpec, WorkloadSpecContext } from '../spec';
import type { Deployment } from './deploymentTypes';
import { detectDependencies, WorkloadDependency } from './detectDependencies';
import type { RenderOptions } from './objectMetadata';
import { renderDeployment } from './renderDeployment';
import { renderOverridePolicy } from './renderOverridePolicy';
import { renderPropagationPolicy } from './renderPropagationPolicy';

/**
 * Everything step 5 of the create flow applies, and what it needs to exist.
 *
 * @public
 */
export interface RenderedWorkload {
  deployment: Deployment;
  propagationPolicy: PropagationPolicy;
  /** Present only when the spec has differential configuration. */
  overridePolicy?: OverridePolicy;
  /** ConfigMaps and Secrets the pods reference (propagated along when propagateDeps is on). */
  dependencies: WorkloadDependency[];
}

/**
 * Renders a workload spec into its Deployment, PropagationPolicy and
 * (with differential configuration) OverridePolicy. Validates first: throws
 * a KarmadaInputError naming every bad field. Pass `context` to also check
 * the rules that need the fleet.
 *
 * @public
 */
export function renderWorkload(
  input: unknown,
  options: RenderOptions & { context?: WorkloadSpecContext } = {},
): RenderedWorkload {
  const spec = validateWorkloadSpec(input, options.context);
  const deployment = renderDeployment(spec, options);
  const overridePolicy = renderOverridePolicy(spec, deployment, options);
  return {
    deployment,
    propagationPolicy: renderPropagationPolicy(spec, options),
    ...(overridePolicy ? { overridePolicy } : {}),
    dependencies: detectDependencies(deployment),
  };
}
