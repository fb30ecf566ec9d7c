import type { PropagationPolicy, ResourceSelector } from '../types';
import type { WorkloadSpec } from '../spec';
import {
  compact,
  policyLabels,
  provenanceAnnotations,
  RenderOptions,
} from './objectMetadata';
import { toKarmadaPlacement } from './toKarmadaPlacement';

/**
 * The resource selector that names exactly the workload's Deployment, so a
 * policy never catches other workloads of the namespace.
 *
 * @public
 */
export function workloadResourceSelector(
  spec: Pick<WorkloadSpec, 'name'>,
): ResourceSelector {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name };
}

/**
 * The PropagationPolicy of a workload: named after it, selecting its
 * Deployment, carrying the placement of the form.
 *
 * @public
 */
export function renderPropagationPolicy(
  spec: WorkloadSpec,
  options: RenderOptions = {},
): PropagationPolicy {
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind: 'PropagationPolicy',
    metadata: compact({
      name: spec.name,
      namespace: spec.namespace,
      labels: policyLabels(spec),
      annotations: provenanceAnnotations(options),
    }),
    spec: compact({
      resourceSelectors: [workloadResourceSelector(spec)],
      // Off is Karmada's default; omitting it keeps the policy minimal.
      propagateDeps: spec.propagateDependencies ? true : undefined,
      placement: toKarmadaPlacement(spec.placement, spec.scheduling),
    }),
  };
}
