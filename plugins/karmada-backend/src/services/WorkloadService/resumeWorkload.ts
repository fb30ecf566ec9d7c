import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  ApplyResponse,
  PropagationPolicy,
  WorkloadActionRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { KINDS } from '../../karmada/resources';
import { toBackstageError } from '../../karmada/toBackstageError';
import { isSuspended } from '../PlacementService/governingPolicy';
import { applyObjects, WriteStep } from './applyObjects';
import { isManaged } from './isManaged';
import { WorkloadContext } from './WorkloadContext';
import { writeThrough } from './writeThrough';

/**
 * Resumes dispatching of a staged workload: re-applies its
 * PropagationPolicy without `suspension`.
 *
 * @public
 */
export async function resumeWorkload(
  ctx: WorkloadContext,
  request: WorkloadActionRequest,
): Promise<ApplyResponse> {
  const instance = ctx.registry.getReady(request.instance, 'body.instance');
  const { cache, client } = instance;
  const current =
    cache.propagationPolicies.get(request.namespace, request.name) ??
    (await client
      .get<PropagationPolicy>(
        KINDS.PropagationPolicy,
        request.namespace,
        request.name,
      )
      .catch(e => {
        throw toBackstageError(e, instance.name);
      }));
  if (!current)
    throw new NotFoundError(
      `no PropagationPolicy ${request.namespace}/${request.name} on Karmada instance "${instance.name}"`,
    );
  if (!isManaged(current))
    throw new ConflictError(
      `PropagationPolicy ${request.namespace}/${request.name} was not created by the portal; resume it where it was created`,
    );
  const { suspension: _s, ...spec } = current.spec;
  const { metadata } = current;
  const object = {
    apiVersion: KINDS.PropagationPolicy.apiVersion,
    kind: 'PropagationPolicy',
    metadata: {
      name: metadata.name,
      namespace: metadata.namespace,
      labels: metadata.labels,
      annotations: metadata.annotations,
    },
    spec,
  };
  const dryRun = !!request.dryRun;
  const phases: WriteStep[][] = [[{ op: 'apply', object, existing: current }]];
  const { objects, returned } = await applyObjects(client, phases, {
    dryRun,
    force: false,
    instance: instance.name,
  });
  if (!dryRun) writeThrough(instance, objects, returned);
  return {
    instance: instance.name,
    namespace: request.namespace,
    name: request.name,
    dryRun,
    objects,
    ...(isSuspended(current)
      ? {}
      : { warnings: ['dispatching was not suspended'] }),
  };
}
