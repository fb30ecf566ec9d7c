import { ResourceRegistry } from '../api/resourceRegistry';
import { ResourceType } from '../api/ResourceType';

/**
 * What a request path addresses.
 *
 * @public
 */
export type Route =
  | { kind: 'apiVersions' }
  | { kind: 'groupList' }
  | { kind: 'group'; group: string }
  | { kind: 'resourceList'; group: string; version: string }
  | { kind: 'version' }
  | { kind: 'health'; check: string }
  | {
      kind: 'resource';
      type: ResourceType;
      namespace?: string;
      name?: string;
      subresource?: string;
      /** Addressed through the legacy `/watch/` prefix. */
      legacyWatch: boolean;
    }
  | { kind: 'notFound' };

const HEALTH = new Set(['healthz', 'readyz', 'livez']);

function resourceRoute(
  registry: ResourceRegistry,
  group: string,
  version: string,
  rest: string[],
): Route {
  let segments = rest;
  let legacyWatch = false;
  if (segments[0] === 'watch') {
    legacyWatch = true;
    segments = segments.slice(1);
  }
  const find = (resource: string | undefined) =>
    resource === undefined
      ? undefined
      : registry.byResource(group, version, resource);
  // namespaces/NS/RESOURCE[/NAME[/SUB]] addresses a namespaced resource…
  if (segments[0] === 'namespaces' && segments.length >= 3) {
    const type = find(segments[2]);
    if (type?.namespaced) {
      return {
        kind: 'resource',
        type,
        namespace: segments[1],
        name: segments[3],
        subresource: segments[4],
        legacyWatch,
      };
    }
  }
  // …anything else a cluster-scoped resource or an all-namespaces collection.
  const type = find(segments[0]);
  if (!type || segments.length > 3) return { kind: 'notFound' };
  if (type.namespaced && segments.length > 1) return { kind: 'notFound' };
  return {
    kind: 'resource',
    type,
    name: segments[1],
    subresource: segments[2],
    legacyWatch,
  };
}

/**
 * Maps a request path onto discovery, health or a resource.
 *
 * @public
 */
export function parseRoute(
  registry: ResourceRegistry,
  pathname: string,
): Route {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, ...rest] = segments;
  if (segments.length === 0) return { kind: 'notFound' };
  if (HEALTH.has(root)) return { kind: 'health', check: root };
  if (root === 'version' && rest.length === 0) return { kind: 'version' };
  if (root === 'api') {
    if (rest.length === 0) return { kind: 'apiVersions' };
    if (rest[0] !== 'v1') return { kind: 'notFound' };
    if (rest.length === 1)
      return { kind: 'resourceList', group: '', version: 'v1' };
    return resourceRoute(registry, '', 'v1', rest.slice(1));
  }
  if (root === 'apis') {
    if (rest.length === 0) return { kind: 'groupList' };
    const [group, version, ...tail] = rest;
    if (!version) return { kind: 'group', group };
    if (!registry.servesGroupVersion(group, version))
      return { kind: 'notFound' };
    if (tail.length === 0) return { kind: 'resourceList', group, version };
    return resourceRoute(registry, group, version, tail);
  }
  return { kind: 'notFound' };
}
