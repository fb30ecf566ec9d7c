import { RequestContext } from '@kubernetes/client-node';
import fetch, { Response } from 'node-fetch';

/**
 * Sends a client-node `RequestContext` exactly as its
 * `IsomorphicFetchHttpLibrary` does (the same node-fetch call with the
 * context's URL, method, headers, body, signal and agent) but returns the
 * response with its body still streaming. The library's `ResponseContext`
 * only offers the whole body (`text()` / `binary()`), which a watch never
 * has; client-node's `Watch` reads the stream the same way, but drops the
 * Status body of a refused watch and cannot be aborted before the headers.
 *
 * @internal
 */
export function sendStreaming(context: RequestContext): Promise<Response> {
  return fetch(context.getUrl(), {
    method: context.getHttpMethod(),
    body: context.getBody(),
    headers: context.getHeaders(),
    signal: context.getSignal(),
    agent: context.getAgent(),
  });
}
