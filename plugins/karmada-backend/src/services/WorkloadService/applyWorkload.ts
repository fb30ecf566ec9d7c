import { InputError } from '@backstage/errors';
import {
  ApplyRequest,
  ApplyResponse,
  PropagationPolicy,
  resourceBindingName,
} from '@karmada-backstage/plugin-karmada-common';
import { KINDS } from '../../karmada/resources';
import { applyObjects, WriteStep } from './applyObjects';
import { isManaged } from './isManaged';
import { prepareWorkload } from './prepareWorkload';
import { resolveCatalogIdentity } from './resolveCatalogIdentity';
import { stagedResult } from './stagedResult';
import { WorkloadCaller } from './types';
import { waitForBinding } from './waitForBinding';
import { WorkloadContext } from './WorkloadContext';
import { writeThrough } from './writeThrough';

/**
 * Validates, then server-side applies a workload (policies first, then the
 * Deployment), converging the OverridePolicy; with `staged`, waits for
 * Karmada's schedule and returns it beside the preview.
 *
 * @public
 */
export async function applyWorkload(
  ctx: WorkloadContext,
  request: ApplyRequest,
  caller: WorkloadCaller,
): Promise<ApplyResponse> {
  const identity = await resolveCatalogIdentity(
    request.spec,
    ctx.catalog,
    caller.credentials,
  );
  const p = prepareWorkload(identity.spec, ctx, {
    initiator: caller.initiator,
    template: request.template,
  });
  const { spec, rendered, instance } = p;
  const { cache, client } = instance;
  const refused = instance.guardrail.check(spec.namespace);
  if (refused) throw new InputError(`spec.namespace: ${refused}`);
  if (!cache.namespaces.get(undefined, spec.namespace)) {
    throw new InputError(
      `spec.namespace: namespace "${spec.namespace}" does not exist on Karmada instance "${instance.name}"`,
    );
  }
  const pp: PropagationPolicy = request.staged
    ? {
        ...rendered.propagationPolicy,
        spec: {
          ...rendered.propagationPolicy.spec,
          suspension: { dispatching: true },
        },
      }
    : rendered.propagationPolicy;
  const existingOp = cache.overridePolicies.get(spec.namespace, spec.name);
  const policyPhase: WriteStep[] = [
    {
      op: 'apply',
      object: pp,
      existing: cache.propagationPolicies.get(spec.namespace, spec.name),
    },
  ];
  if (rendered.overridePolicy)
    policyPhase.push({
      op: 'apply',
      object: rendered.overridePolicy,
      existing: existingOp,
    });
  // Converge: the spec no longer has differential items, so the
  // OverridePolicy this portal created earlier goes (never someone else's).
  else if (existingOp && isManaged(existingOp)) {
    policyPhase.push({
      op: 'delete',
      object: {
        apiVersion: KINDS.OverridePolicy.apiVersion,
        kind: 'OverridePolicy',
        metadata: { name: spec.name, namespace: spec.namespace },
      },
    });
  }
  // Policies first, so the Deployment is never dispatched without its
  // placement or overrides, not even for a moment.
  const phases: WriteStep[][] = [
    policyPhase,
    [
      {
        op: 'apply',
        object: rendered.deployment,
        existing: cache.deployments.get(spec.namespace, spec.name),
      },
    ],
  ];
  const dryRun = !!request.dryRun;
  const { objects, returned } = await applyObjects(client, phases, {
    dryRun,
    force: !!request.force,
    instance: instance.name,
  });
  if (!dryRun) writeThrough(instance, objects, returned);
  const result: ApplyResponse = {
    instance: instance.name,
    namespace: spec.namespace,
    name: spec.name,
    dryRun,
    objects,
    ...(identity.warnings.length ? { warnings: identity.warnings } : {}),
  };
  if (!request.staged || dryRun) return result;
  const { binding, decided } = await waitForBinding(
    cache.bindings,
    spec.namespace,
    resourceBindingName(spec.name, 'Deployment'),
    {
      timeoutMs: ctx.stagedTimeoutMs,
      resourceVersion: objects.find(o => o.kind === 'Deployment')
        ?.resourceVersion,
      placement: (
        returned.find(o => o.kind === 'PropagationPolicy') as
          | PropagationPolicy
          | undefined
      )?.spec?.placement,
    },
  );
  const warnings = [...identity.warnings];
  if (!decided) {
    warnings.push(
      `Karmada did not schedule ${spec.namespace}/${spec.name} within ${
        ctx.stagedTimeoutMs / 1000
      } s; the placement page shows it when it does`,
    );
  }
  return {
    ...result,
    staged: stagedResult(p.preview, binding, decided),
    ...(warnings.length ? { warnings } : {}),
  };
}
