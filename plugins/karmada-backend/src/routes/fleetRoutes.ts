import Router from 'express-promise-router';
import { karmadaClusterReadPermission } from '@karmada-backstage/plugin-karmada-common';
import { parse } from './parse';
import { clustersQuerySchema, instanceQuerySchema } from './schemas';
import { RouterOptions } from './types';

/**
 * Routes about instances and their fleets: `/health`, `/instances`,
 * `/clusters`, `/facets`, `/namespaces`.
 *
 * @public
 */
export function fleetRoutes(options: RouterOptions) {
  const { httpAuth, authorizer, fleet } = options;
  const router = Router();

  const allowed = async (req: Parameters<typeof httpAuth.credentials>[0]) => {
    const credentials = await httpAuth.credentials(req);
    await authorizer.basic(karmadaClusterReadPermission, credentials);
  };

  // Readiness per instance; unauthenticated like the backend's own health
  // routes (plugin.ts), so it carries no URLs and no credentials.
  router.get('/health', async (_req, res) => {
    const body = fleet.health();
    res.status(body.status === 'ok' ? 200 : 503).json(body);
  });

  router.get('/instances', async (req, res) => {
    await allowed(req);
    res.json(fleet.listInstances());
  });

  router.get('/clusters', async (req, res) => {
    const query = parse(clustersQuerySchema, req.query, 'query');
    await allowed(req);
    res.json(fleet.listClusters(query));
  });

  router.get('/facets', async (req, res) => {
    const { instance } = parse(instanceQuerySchema, req.query, 'query');
    await allowed(req);
    res.json(fleet.getFacets(instance));
  });

  router.get('/namespaces', async (req, res) => {
    const { instance } = parse(instanceQuerySchema, req.query, 'query');
    await allowed(req);
    res.json(fleet.listNamespaces(instance));
  });

  return router;
}
