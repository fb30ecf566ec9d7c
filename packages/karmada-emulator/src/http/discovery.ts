import { ResourceType } from '../api/ResourceType';

/**
 * The Kubernetes version the emulator reports: the kube-apiserver release
 * the Karmada snapshot it follows deploys.
 *
 * @public
 */
export const SERVER_VERSION = {
  major: '1',
  minor: '36',
  gitVersion: 'v1.36.2',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-08-01T00:00:00Z',
  goVersion: 'go1.26.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/**
 * `GET /api`: the core group's versions.
 *
 * @public
 */
export function apiVersions(serverAddress: string): Record<string, unknown> {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupVersionsOf(types: ResourceType[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const t of types) {
    if (!t.group) continue;
    const versions = groups.get(t.group) ?? [];
    if (!versions.includes(t.version)) versions.push(t.version);
    groups.set(t.group, versions);
  }
  return groups;
}

function apiGroup(name: string, versions: string[]): Record<string, unknown> {
  const list = versions.map(version => ({
    groupVersion: `${name}/${version}`,
    version,
  }));
  return { name, versions: list, preferredVersion: list[0] };
}

/**
 * `GET /apis`: every named group and its versions.
 *
 * @public
 */
export function apiGroupList(types: ResourceType[]): Record<string, unknown> {
  const groups = [...groupVersionsOf(types)].map(([name, versions]) =>
    apiGroup(name, versions),
  );
  return { kind: 'APIGroupList', apiVersion: 'v1', groups };
}

/**
 * `GET /apis/GROUP`: one group, or undefined when it is not served.
 *
 * @public
 */
export function apiGroupOf(
  types: ResourceType[],
  group: string,
): Record<string, unknown> | undefined {
  const versions = groupVersionsOf(types).get(group);
  return versions
    ? { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group, versions) }
    : undefined;
}

/**
 * `GET /api/v1` or `/apis/GROUP/VERSION`: the resources of a group version
 * (what `KubernetesObjectApi` reads to map a kind to its path), or
 * undefined when the group version is not served.
 *
 * @public
 */
export function apiResourceList(
  types: ResourceType[],
  group: string,
  version: string,
): Record<string, unknown> | undefined {
  const served = types.filter(t => t.group === group && t.version === version);
  if (served.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: served.map(t => ({
      name: t.resource,
      singularName: t.singularName,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: t.verbs,
      ...(t.shortNames.length ? { shortNames: t.shortNames } : {}),
      ...(t.categories.length ? { categories: t.categories } : {}),
    })),
  };
}
