import { mockApis } from '@backstage/test-utils';
import { KarmadaClient } from '../api';

/**
 * A real {@link KarmadaClient} pointed at the test base URL, for msw-backed
 * tests (inject it with `TestApiProvider apis={[[karmadaApiRef, client]]}`).
 *
 * @public
 */
export function createTestKarmadaClient(): KarmadaClient {
  return new KarmadaClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://karmada.test' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
}
