import { ConflictError } from '@backstage/errors';
import {
  LABEL_MANAGED_BY,
  MANAGED_BY_VALUE,
  RemoveResponse,
  WorkloadActionRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { KINDS } from '../../karmada/resources';
import { toBackstageError } from '../../karmada/toBackstageError';
import { applyObjects, WriteStep } from './applyObjects';
import { isManaged } from './isManaged';
import { WorkloadContext } from './WorkloadContext';

/**
 * Deletes the Deployment, PropagationPolicy and OverridePolicy of a
 * workload, refusing (before deleting anything) if one was not created by
 * the portal.
 *
 * @public
 */
export async function removeWorkload(
  ctx: WorkloadContext,
  request: WorkloadActionRequest,
): Promise<RemoveResponse> {
  const instance = ctx.registry.getReady(request.instance, 'body.instance');
  const { cache, client } = instance;
  const { namespace, name } = request;
  const kinds = [
    KINDS.Deployment,
    KINDS.PropagationPolicy,
    KINDS.OverridePolicy,
  ];
  const cached = [
    cache.deployments.get(namespace, name),
    cache.propagationPolicies.get(namespace, name),
    cache.overridePolicies.get(namespace, name),
  ];
  // Not in the cache: it may have just been created (or never existed); ask.
  const current = await Promise.all(
    kinds.map((k, i) =>
      cached[i]
        ? Promise.resolve(cached[i])
        : client.get(k, namespace, name).catch(e => {
            throw toBackstageError(e, instance.name);
          }),
    ),
  );
  const foreign = current
    .filter(o => o && !isManaged(o))
    .map(o => `${o?.kind} ${namespace}/${name}`);
  if (foreign.length)
    throw new ConflictError(
      `not removing ${foreign.join(
        ', ',
      )}: not created by the portal (no ${LABEL_MANAGED_BY}=${MANAGED_BY_VALUE} label); nothing was deleted`,
    );
  const steps: WriteStep[] = kinds.map(k => ({
    op: 'delete',
    object: {
      apiVersion: k.apiVersion,
      kind: k.kind,
      metadata: { name, namespace },
    },
  }));
  const present = steps.filter((_, i) => current[i]);
  const dryRun = !!request.dryRun;
  const { objects: deleted } = await applyObjects(client, [present], {
    dryRun,
    force: false,
    instance: instance.name,
  });
  if (!dryRun)
    present.forEach(s => cache.forget(s.object.kind ?? '', namespace, name));
  const objects = steps.map(
    s =>
      deleted.find(d => d.kind === s.object.kind) ?? {
        apiVersion: s.object.apiVersion ?? '',
        kind: s.object.kind ?? '',
        name,
        namespace,
        action: 'absent' as const,
      },
  );
  return { instance: instance.name, namespace, name, dryRun, objects };
}
