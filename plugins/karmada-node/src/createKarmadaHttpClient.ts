import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { KarmadaService } from './KarmadaService';

/** The plugin id of the Karmada backend. */
const PLUGIN_ID = 'karmada';

type Query = Record<string, string | undefined>;

/**
 * A {@link KarmadaService} that calls the Karmada backend over HTTP, with a
 * plugin request token on behalf of the caller's credentials, so the
 * backend checks permissions and audits for the real initiator.
 *
 * @public
 */
export function createKarmadaHttpClient(options: {
  discovery: DiscoveryService;
  auth: AuthService;
  fetch?: typeof fetch;
}): KarmadaService {
  const doFetch = options.fetch ?? fetch;

  async function call<T>(
    credentials: BackstageCredentials,
    method: 'GET' | 'POST',
    path: string,
    query?: Query,
    body?: unknown,
  ): Promise<T> {
    const baseUrl = await options.discovery.getBaseUrl(PLUGIN_ID);
    const { token } = await options.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: PLUGIN_ID,
    });
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined && v !== '') qs.set(k, v);
    const url = `${baseUrl}${path}${qs.size ? `?${qs}` : ''}`;
    const res = await doFetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return (await res.json()) as T;
  }
  const seg = encodeURIComponent;

  return {
    listInstances: ({ credentials }) => call(credentials, 'GET', '/instances'),
    listClusters: (q, { credentials }) =>
      call(credentials, 'GET', '/clusters', {
        instance: q.instance,
        cpu: q.cpu,
        memory: q.memory,
      }),
    getFleetFacets: (q, { credentials }) =>
      call(credentials, 'GET', '/facets', { instance: q.instance }),
    listNamespaces: (q, { credentials }) =>
      call(credentials, 'GET', '/namespaces', { instance: q.instance }),
    previewPlacement: (req, { credentials }) =>
      call(credentials, 'POST', '/preview', undefined, req),
    renderWorkload: (req, { credentials }) =>
      call(credentials, 'POST', '/render', undefined, req),
    applyWorkload: (req, { credentials }) =>
      call(credentials, 'POST', '/apply', undefined, req),
    resumeWorkload: (req, { credentials }) =>
      call(credentials, 'POST', '/workloads/resume', undefined, req),
    removeWorkload: (req, { credentials }) =>
      call(credentials, 'POST', '/workloads/remove', undefined, req),
    getWorkloadPlacement: (ref, { credentials }) =>
      call(
        credentials,
        'GET',
        `/workloads/${seg(ref.instance)}/${seg(ref.namespace)}/${seg(
          ref.name,
        )}/placement`,
      ),
    listWorkloads: (q, { credentials }) =>
      call(credentials, 'GET', '/workloads', {
        entity: q.entity,
        instance: q.instance,
        namespace: q.namespace,
        owner: q.owner,
        health: q.health,
      }),
  };
}
