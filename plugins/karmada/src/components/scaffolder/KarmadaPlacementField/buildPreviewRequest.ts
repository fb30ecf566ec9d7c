import {
  placementSpecSchema,
  schedulingSpecSchema,
  specErrorMap,
  toKarmadaPlacement,
  workloadFieldLabel,
  type PreviewRequest,
} from '@karmada-backstage/plugin-karmada-common';
import type { KarmadaPlacementValue } from '../types';

/**
 * A preview request for the field's value, or why there is none yet.
 *
 * @public
 */
export type PreviewRequestResult =
  | { request: PreviewRequest; pending?: undefined }
  | { request?: undefined; pending: string };

function firstIssue(
  root: string,
  result: {
    success: boolean;
    error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
  },
): string | undefined {
  const issue = result.error?.issues[0];
  if (!issue) return undefined;
  const label = workloadFieldLabel([root, ...issue.path]);
  return `${label ?? root}: ${issue.message}`;
}

/**
 * Turns the form's placement into the request the backend previews: the
 * Karmada Placement (karmada-common `toKarmadaPlacement`, exactly what the
 * PropagationPolicy will hold), the replicas, and the per-replica resource
 * requests of the container when the form already has them.
 *
 * @public
 */
export function buildPreviewRequest(
  value: KarmadaPlacementValue,
  resourceRequest?: Record<string, string | number>,
): PreviewRequestResult {
  if (!value.instance) return { pending: 'Choose a Karmada instance.' };
  const replicas = value.replicas;
  if (replicas === undefined || !Number.isInteger(replicas) || replicas < 0) {
    return { pending: 'Enter the number of replicas.' };
  }
  const placement = placementSpecSchema.safeParse(value.placement, {
    error: specErrorMap,
  });
  const scheduling = schedulingSpecSchema.safeParse(value.scheduling, {
    error: specErrorMap,
  });
  if (!placement.success || !scheduling.success) {
    const why =
      firstIssue('placement', placement) ??
      firstIssue('scheduling', scheduling);
    return {
      pending: `Complete the placement to see where it runs. ${
        why ?? ''
      }`.trim(),
    };
  }
  const request: PreviewRequest = {
    instance: value.instance,
    placement: toKarmadaPlacement(placement.data, scheduling.data),
    replicas,
  };
  if (resourceRequest && Object.keys(resourceRequest).length > 0) {
    request.replicaRequirements = { resourceRequest };
  }
  return { request };
}
