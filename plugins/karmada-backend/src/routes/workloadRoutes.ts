import type { Request } from 'express';
import Router from 'express-promise-router';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  ApplyRequest,
  karmadaWorkloadCreatePermission,
  karmadaWorkloadDeletePermission,
  karmadaWorkloadReadPermission,
  RenderRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { audited } from './audit';
import { parse } from './parse';
import {
  applyBodySchema,
  renderBodySchema,
  workloadActionBodySchema,
  workloadParamsSchema,
  workloadsQuerySchema,
} from './schemas';
import { RouterOptions } from './types';
import { initiatorOf } from './initiatorOf';
import { sendCachedJson } from './sendCachedJson';
import { WriteRoute, writeIntent } from './writeIntent';

// The permission resource of a spec: its instance and namespace, read before
// the full validation so an unauthorized caller learns nothing about the spec.
function targetOf(
  body: { instance?: string; spec: Record<string, unknown> },
  resolveInstance: (name?: string) => string,
) {
  const { namespace, instance } = body.spec;
  if (typeof namespace !== 'string' || !namespace)
    throw new InputError('body.spec.namespace: is required');
  if (instance !== undefined && typeof instance !== 'string')
    throw new InputError('body.spec.instance: must be a string');
  if (body.instance && instance && body.instance !== instance) {
    throw new InputError(
      `body.instance: "${body.instance}" differs from spec.instance "${instance}"`,
    );
  }
  return {
    instance: resolveInstance(
      (instance as string | undefined) || body.instance,
    ),
    namespace,
  };
}

/**
 * Workload routes: render, apply (dry-run, forced, staged), resume,
 * remove, the list across instances, and the placement of one workload.
 *
 * @public
 */
export function workloadRoutes(
  options: RouterOptions & { resolveInstance: (name?: string) => string },
) {
  const {
    httpAuth,
    authorizer,
    auditor,
    workloads,
    placement,
    resolveInstance,
  } = options;
  const router = Router();

  router.post('/render', async (req, res) => {
    const body = parse(renderBodySchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    await authorizer.namespace(
      karmadaWorkloadReadPermission,
      targetOf(body, resolveInstance),
      credentials,
    );
    res.json(
      await workloads.render(body as RenderRequest, {
        initiator: initiatorOf(credentials),
        credentials,
      }),
    );
  });

  // Every write: credentials first (the auditor attributes the event to
  // them, and the router's auth policy has already refused a request without
  // any), then the event, before validation and the permission check, so a
  // refused or invalid write is on record too (see audited).
  async function auditedWrite<T extends { objects: Array<{}> }>(
    req: Request,
    route: WriteRoute,
    severity: 'medium' | 'high',
    write: (
      credentials: BackstageCredentials,
      initiator: string | undefined,
    ) => Promise<T>,
  ): Promise<T> {
    const credentials = await httpAuth.credentials(req);
    const initiator = initiatorOf(credentials);
    const intent = writeIntent(route, req.body, resolveInstance);
    return audited(
      auditor,
      {
        eventId: `workload-${route}`,
        severityLevel: intent.dryRun ? 'low' : severity,
        request: req,
        meta: { ...intent.meta, initiator: initiator ?? null },
        objects: intent.objects,
      },
      () => write(credentials, initiator),
      r => ({ objects: r.objects.map(o => ({ ...o })) }),
    );
  }

  router.post('/apply', async (req, res) => {
    const result = await auditedWrite(
      req,
      'apply',
      'medium',
      async (credentials, initiator) => {
        const body = parse(applyBodySchema, req.body, 'body');
        await authorizer.namespace(
          karmadaWorkloadCreatePermission,
          targetOf(body, resolveInstance),
          credentials,
        );
        return workloads.apply(body as ApplyRequest, {
          initiator,
          credentials,
        });
      },
    );
    res.json(result);
  });

  router.post('/workloads/resume', async (req, res) => {
    const result = await auditedWrite(
      req,
      'resume',
      'medium',
      async (credentials, initiator) => {
        const body = parse(workloadActionBodySchema, req.body, 'body');
        const instance = resolveInstance(body.instance);
        await authorizer.namespace(
          karmadaWorkloadCreatePermission,
          { instance, namespace: body.namespace },
          credentials,
        );
        return workloads.resume({ ...body, instance }, { initiator });
      },
    );
    res.json(result);
  });

  router.post('/workloads/remove', async (req, res) => {
    const result = await auditedWrite(
      req,
      'remove',
      'high',
      async (credentials, initiator) => {
        const body = parse(workloadActionBodySchema, req.body, 'body');
        const instance = resolveInstance(body.instance);
        await authorizer.namespace(
          karmadaWorkloadDeletePermission,
          { instance, namespace: body.namespace },
          credentials,
        );
        return workloads.remove({ ...body, instance }, { initiator });
      },
    );
    res.json(result);
  });

  router.get('/workloads', async (req, res) => {
    const query = parse(workloadsQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    const visible = await authorizer.namespaceFilter(
      karmadaWorkloadReadPermission,
      credentials,
    );
    res.json(workloads.listWorkloads(query, visible));
  });

  router.get(
    '/workloads/:instance/:namespace/:name/placement',
    async (req, res) => {
      const ref = parse(workloadParamsSchema, req.params, 'params');
      const credentials = await httpAuth.credentials(req);
      await authorizer.namespace(
        karmadaWorkloadReadPermission,
        ref,
        credentials,
      );
      sendCachedJson(req, res, placement.getWorkloadPlacementJson(ref));
    },
  );

  return router;
}
