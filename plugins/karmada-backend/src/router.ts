import express from 'express';
import Router from 'express-promise-router';
import { fleetRoutes } from './routes/fleetRoutes';
import { previewRoutes } from './routes/previewRoutes';
import { workloadRoutes } from './routes/workloadRoutes';
import { RouterOptions } from './routes/types';
import { normalizeErrors } from './routes/normalizeErrors';

/**
 * The plugin's HTTP API, mounted at `/api/karmada` (see README.md).
 * Handlers parse (zod → InputError), authorize (→ NotAllowedError), call a
 * service and respond; errors go to the backend's error middleware.
 *
 * @public
 */
export function createRouter(
  options: RouterOptions & { resolveInstance: (name?: string) => string },
): express.Router {
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  router.use(fleetRoutes(options));
  router.use(previewRoutes(options));
  router.use(workloadRoutes(options));
  router.use(normalizeErrors);
  return router;
}
