import {
  OverridePolicy,
  PlacementPreview,
  previewPlacement,
  RenderedWorkload,
  renderDeployment,
  renderWorkload,
  replicaRequirementsFromPodTemplate,
  toKarmadaPlacement,
  validateWorkloadSpec,
  WorkloadSpec,
} from '@karmada-backstage/plugin-karmada-common';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { PlacementServiceImpl } from '../PlacementService/createPlacementService';

/**
 * A validated, rendered workload with its preview, ready to apply.
 *
 * @public
 */
export interface PreparedWorkload {
  instance: ReturnType<KarmadaRegistry['getReady']>;
  spec: WorkloadSpec;
  rendered: RenderedWorkload;
  preview: PlacementPreview;
  /** Policies that will govern the workload's overrides once applied (ours replacing the current one). */
  overridePolicies: OverridePolicy[];
}

/**
 * Validates a workload spec against the schema and the fleet (every named
 * cluster exists; differential items target clusters the preview chose),
 * previews it over the cached snapshot and renders its objects. Nothing is
 * written; every user mistake is an InputError naming the field.
 *
 * @public
 */
export function prepareWorkload(
  input: Record<string, unknown>,
  deps: { registry: KarmadaRegistry; placement: PlacementServiceImpl },
  provenance: { initiator?: string; template?: string },
): PreparedWorkload {
  // The engines' KarmadaInputError names the field as the form labels it,
  // with its path in the spec: `Replicas (replicas): must be at least 0`.
  const spec: WorkloadSpec = validateWorkloadSpec(input);
  const instance = deps.registry.getReady(spec.instance, 'spec.instance');
  const snapshot = deps.placement.fleetOf(instance).snapshot();
  const deployment = renderDeployment(spec);
  const preview = previewPlacement(snapshot, {
    placement: toKarmadaPlacement(spec.placement, spec.scheduling),
    replicas: spec.replicas,
    replicaRequirements: replicaRequirementsFromPodTemplate(
      deployment.spec.template.spec,
    ),
  });
  const rendered: RenderedWorkload = renderWorkload(input, {
    ...provenance,
    context: {
      scheduledClusters: preview.clusters.map(c => c.name),
      knownClusters: snapshot.clusters.map(c => c.name),
    },
  });
  const others = deps.placement
    .overridesOf(instance)
    .candidates(spec.namespace, spec.name)
    .filter(
      p =>
        !(
          p.kind !== 'ClusterOverridePolicy' &&
          p.metadata.namespace === spec.namespace &&
          p.metadata.name === spec.name
        ),
    );
  return {
    instance,
    spec,
    rendered,
    preview,
    overridePolicies: [
      ...others,
      ...(rendered.overridePolicy ? [rendered.overridePolicy] : []),
    ],
  };
}
