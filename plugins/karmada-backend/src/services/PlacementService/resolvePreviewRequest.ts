import {
  PreviewRequest,
  renderDeployment,
  replicaRequirementsFromPodTemplate,
  ScheduleRequest,
  toKarmadaPlacement,
  validateScheduleRequest,
  validateWorkloadSpec,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Turns a preview body into the engine's schedule request: a placement
 * with replicas and requirements as given, or those a workload spec
 * produces (its Karmada placement and its pod template's requests).
 * Malformed input throws the engines' KarmadaInputError (a 400 naming the field).
 *
 * @public
 */
export function resolvePreviewRequest(body: PreviewRequest): {
  instance?: string;
  request: ScheduleRequest;
} {
  if (body.spec) {
    const spec = validateWorkloadSpec(body.spec);
    const deployment = renderDeployment(spec);
    return {
      instance: body.instance ?? spec.instance,
      request: {
        placement: toKarmadaPlacement(spec.placement, spec.scheduling),
        replicas: spec.replicas,
        replicaRequirements: replicaRequirementsFromPodTemplate(
          deployment.spec.template.spec,
        ),
      },
    };
  }
  const request = validateScheduleRequest({
    placement: body.placement ?? {},
    replicas: body.replicas ?? 1,
    ...(body.replicaRequirements
      ? { replicaRequirements: body.replicaRequirements }
      : {}),
  });
  return { instance: body.instance, request };
}
