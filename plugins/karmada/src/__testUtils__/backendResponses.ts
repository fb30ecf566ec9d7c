import { delay, HttpResponse } from 'msw';
import type {
  ErrorDto,
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * What a test handler answers: a JSON body (sent with 200), a `Response`
 * (e.g. from {@link backendError}), or `'pending'` for a request that never
 * settles (the loading state).
 *
 * @public
 */
export type KarmadaAnswer<T> = T | Response | 'pending';

/**
 * The error answer of the Karmada backend, as Backstage's error middleware
 * sends it: `{ error: { name, message }, request, response: { statusCode } }`
 * with the status of the error (`NotAllowedError` → 403,
 * `ServiceUnavailableError` → 503, `InputError` → 400, …).
 *
 * @public
 */
export function backendError(
  status: number,
  error: ErrorDto,
  request?: Request,
): Response {
  const url = request ? new URL(request.url) : undefined;
  return HttpResponse.json(
    {
      error,
      ...(request && url
        ? {
            request: { method: request.method, url: url.pathname + url.search },
          }
        : {}),
      response: { statusCode: status },
    },
    { status },
  );
}

/**
 * Turns a {@link KarmadaAnswer} into the response an msw resolver returns.
 *
 * @public
 */
export async function sendAnswer<T>(
  answer: KarmadaAnswer<T>,
): Promise<Response> {
  if (answer === 'pending') {
    await delay('infinite');
  }
  if (answer instanceof Response) return answer;
  return HttpResponse.json(answer as object);
}

/**
 * The placement of `ref` among `placements`, or the backend's 404 for a
 * workload it does not know.
 *
 * @public
 */
export function placementOf(
  placements: WorkloadPlacementResponse[],
  ref: WorkloadRef,
  request?: Request,
): KarmadaAnswer<WorkloadPlacementResponse> {
  const found = placements.find(
    p =>
      p.instance === ref.instance &&
      p.namespace === ref.namespace &&
      p.name === ref.name,
  );
  return (
    found ??
    backendError(
      404,
      {
        name: 'NotFoundError',
        message: `no workload ${ref.namespace}/${ref.name} on Karmada instance "${ref.instance}" (only Deployments labelled by the portal or with backstage.io/kubernetes-id are visible)`,
      },
      request,
    )
  );
}
