import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { KarmadaService } from './KarmadaService';
import { createKarmadaHttpClient } from './createKarmadaHttpClient';

/**
 * The Karmada service. By default an HTTP client of the Karmada backend
 * (found through discovery), so any backend plugin or module can depend on it.
 *
 * @public
 */
export const karmadaServiceRef = createServiceRef<KarmadaService>({
  id: 'karmada.service',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { discovery: coreServices.discovery, auth: coreServices.auth },
      factory: ({ discovery, auth }) =>
        createKarmadaHttpClient({ discovery, auth }),
    }),
});
