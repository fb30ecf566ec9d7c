import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { KarmadaClient, karmadaApiRef } from '../api';

/**
 * The Karmada API client as a new-frontend-system extension.
 *
 * @alpha
 */
export const karmadaApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: karmadaApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new KarmadaClient({ discoveryApi, fetchApi }),
    }),
});
