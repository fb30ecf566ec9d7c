import { http, HttpResponse, type HttpHandler } from 'msw';
import type { PreviewRequest } from '@karmada-backstage/plugin-karmada-common';
import {
  testClusters,
  testFacets,
  testInstances,
  testNamespaces,
  testPreviewWithTie,
  testRender,
  testWorkloads,
} from './karmadaFixtures';
import { placementOf } from './backendResponses';

/**
 * The backend base URL the test helpers use (`discoveryApi` → `karmada`).
 *
 * @public
 */
export const TEST_KARMADA_BASE_URL = 'http://karmada.test/api/karmada';

/** The `instance` query parameter; the default instance when absent. */
function instanceOf(request: Request): string {
  return new URL(request.url).searchParams.get('instance') ?? 'local';
}

/**
 * Requests the handlers saw, for assertions on bodies.
 *
 * @public
 */
export interface KarmadaRequestLog {
  previews: PreviewRequest[];
  renders: unknown[];
  applies: unknown[];
}

/**
 * msw handlers answering every Karmada backend route with the test fleet.
 * Pass `overrides` (msw handlers) to change one route; they take precedence.
 *
 * @public
 */
export function karmadaHandlers(
  log: KarmadaRequestLog = { previews: [], renders: [], applies: [] },
  overrides: HttpHandler[] = [],
): HttpHandler[] {
  const url = (path: string) => `${TEST_KARMADA_BASE_URL}${path}`;
  return [
    ...overrides,
    http.get(url('/instances'), () => HttpResponse.json(testInstances)),
    http.get(url('/health'), () =>
      HttpResponse.json({ status: 'ok', instances: [] }),
    ),
    http.get(url('/clusters'), ({ request }) => {
      const instance = instanceOf(request);
      return HttpResponse.json({
        instance,
        items: instance === 'local' ? testClusters : [],
      });
    }),
    http.get(url('/facets'), ({ request }) =>
      HttpResponse.json(testFacets(instanceOf(request))),
    ),
    http.get(url('/namespaces'), ({ request }) =>
      HttpResponse.json(testNamespaces(instanceOf(request))),
    ),
    http.get(url('/workloads'), () => HttpResponse.json(testWorkloads)),
    // No placement fixture by default: the backend's 404 for an unknown workload.
    http.get(
      url('/workloads/:instance/:namespace/:name/placement'),
      ({ request, params }) =>
        placementOf(
          [],
          {
            instance: String(params.instance),
            namespace: String(params.namespace),
            name: String(params.name),
          },
          request,
        ) as Response,
    ),
    http.post(url('/preview'), async ({ request }) => {
      log.previews.push((await request.json()) as PreviewRequest);
      return HttpResponse.json(testPreviewWithTie);
    }),
    http.post(url('/render'), async ({ request }) => {
      log.renders.push(await request.json());
      return HttpResponse.json(testRender);
    }),
    http.post(url('/apply'), async ({ request }) => {
      log.applies.push(await request.json());
      return HttpResponse.json({
        instance: 'local',
        namespace: 'team-a',
        name: 'web',
        dryRun: true,
        objects: [],
      });
    }),
  ];
}
