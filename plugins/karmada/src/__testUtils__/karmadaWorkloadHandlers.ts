import { http, type HttpHandler } from 'msw';
import type {
  ListWorkloadsResponse,
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';
import { TEST_KARMADA_BASE_URL } from './karmadaHandlers';
import {
  type KarmadaAnswer,
  placementOf,
  sendAnswer,
} from './backendResponses';

/**
 * The read requests the workload handlers saw, in order.
 *
 * @public
 */
export interface KarmadaReadLog {
  /** The query of each `GET /workloads`. */
  workloads: URLSearchParams[];
  /** `instance/namespace/name` of each `GET /workloads/:i/:ns/:name/placement`. */
  placements: string[];
}

/**
 * An empty {@link KarmadaReadLog}.
 *
 * @public
 */
export function newKarmadaReadLog(): KarmadaReadLog {
  return { workloads: [], placements: [] };
}

/**
 * msw handlers for the read routes the entity tab, the entity card and the
 * workloads page call: `GET /workloads` and
 * `GET /workloads/:instance/:namespace/:name/placement`. Each answer is
 * fixed or a function of the request and of how many times the route was
 * called (1 for the first call), so a test can answer a refresh
 * differently. Requests are recorded in `log`. Install them with a
 * `server.use(...)` made after the one of {@link karmadaHandlers}, so they
 * take precedence (msw prepends the handlers of each `use`).
 *
 * @public
 */
export function karmadaWorkloadHandlers(options: {
  log?: KarmadaReadLog;
  workloads?:
    | KarmadaAnswer<ListWorkloadsResponse>
    | ((
        query: URLSearchParams,
        call: number,
        request: Request,
      ) => KarmadaAnswer<ListWorkloadsResponse>);
  placements?:
    | WorkloadPlacementResponse[]
    | ((
        ref: WorkloadRef,
        call: number,
        request: Request,
      ) => KarmadaAnswer<WorkloadPlacementResponse>);
}): HttpHandler[] {
  const log = options.log ?? newKarmadaReadLog();
  const handlers: HttpHandler[] = [];
  const { workloads, placements } = options;
  if (workloads !== undefined) {
    handlers.push(
      http.get(`${TEST_KARMADA_BASE_URL}/workloads`, ({ request }) => {
        const query = new URL(request.url).searchParams;
        log.workloads.push(query);
        return sendAnswer(
          typeof workloads === 'function'
            ? workloads(query, log.workloads.length, request)
            : workloads,
        );
      }),
    );
  }
  if (placements !== undefined) {
    handlers.push(
      http.get(
        `${TEST_KARMADA_BASE_URL}/workloads/:instance/:namespace/:name/placement`,
        ({ request, params }) => {
          const ref = {
            instance: String(params.instance),
            namespace: String(params.namespace),
            name: String(params.name),
          };
          log.placements.push(`${ref.instance}/${ref.namespace}/${ref.name}`);
          const calls = log.placements.filter(
            p => p === `${ref.instance}/${ref.namespace}/${ref.name}`,
          ).length;
          return sendAnswer(
            typeof placements === 'function'
              ? placements(ref, calls, request)
              : placementOf(placements, ref, request),
          );
        },
      ),
    );
  }
  return handlers;
}
