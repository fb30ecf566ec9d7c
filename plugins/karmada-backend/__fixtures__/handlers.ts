import { http, HttpResponse } from 'msw';
import { testFleet } from '../src/__testUtils__/fleet';

/** Base URL of the fake Karmada API server the msw handlers answer for. */
export const MSW_KARMADA = 'http://karmada.test';

/** A Kubernetes `Status` failure body. */
export function status(
  code: number,
  reason: string,
  message: string,
  details?: Record<string, unknown>,
) {
  return HttpResponse.json(
    {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
      ...(details ? { details } : {}),
    },
    { status: code },
  );
}

const list = (items: unknown[]) =>
  HttpResponse.json({
    kind: 'List',
    apiVersion: 'v1',
    metadata: { resourceVersion: '100' },
    items,
  });

// Lists and watches every informer needs; watches end at once (the
// informer resumes), which is enough for request/response tests.
function listOrWatch(items: () => unknown[]) {
  return ({ request }: { request: Request }) =>
    new URL(request.url).searchParams.get('watch')
      ? new HttpResponse('', { status: 200 })
      : list(items());
}

/** Handlers for a quiet Karmada with the test fleet and namespace team-a. */
export const baseHandlers = [
  http.get(
    `${MSW_KARMADA}/apis/cluster.karmada.io/v1alpha1/clusters`,
    listOrWatch(() => testFleet()),
  ),
  http.get(
    `${MSW_KARMADA}/api/v1/namespaces`,
    listOrWatch(() => [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'team-a', resourceVersion: '1' },
      },
    ]),
  ),
  http.get(
    `${MSW_KARMADA}/apis/work.karmada.io/v1alpha2/resourcebindings`,
    listOrWatch(() => []),
  ),
  http.get(
    `${MSW_KARMADA}/apis/policy.karmada.io/v1alpha1/propagationpolicies`,
    listOrWatch(() => []),
  ),
  http.get(
    `${MSW_KARMADA}/apis/policy.karmada.io/v1alpha1/overridepolicies`,
    listOrWatch(() => []),
  ),
  http.get(
    `${MSW_KARMADA}/apis/policy.karmada.io/v1alpha1/clusteroverridepolicies`,
    listOrWatch(() => []),
  ),
  http.get(
    `${MSW_KARMADA}/apis/apps/v1/deployments`,
    listOrWatch(() => []),
  ),
];

/** An apply handler answering like the API server does for a new object. */
export function created(kind: string) {
  return async ({ request }: { request: Request }) => {
    const body = (await request.json()) as {
      metadata: Record<string, unknown>;
    };
    return HttpResponse.json(
      {
        ...body,
        kind,
        metadata: {
          ...body.metadata,
          resourceVersion: '200',
          uid: 'u1',
          generation: 1,
        },
      },
      { status: 201 },
    );
  };
}
