import Router from 'express-promise-router';
import {
  karmadaClusterReadPermission,
  PreviewRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { parse } from './parse';
import { previewBodySchema } from './schemas';
import { RouterOptions } from './types';
import { sendCachedJson } from './sendCachedJson';

/**
 * `POST /preview`: the form's hot path. Served from the fleet snapshot,
 * serialized once per distinct request and fleet version.
 *
 * @public
 */
export function previewRoutes(options: RouterOptions) {
  const { httpAuth, authorizer, placement } = options;
  const router = Router();

  router.post('/preview', async (req, res) => {
    const body = parse(previewBodySchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req);
    await authorizer.basic(karmadaClusterReadPermission, credentials);
    sendCachedJson(req, res, placement.previewJson(body as PreviewRequest));
  });

  return router;
}
