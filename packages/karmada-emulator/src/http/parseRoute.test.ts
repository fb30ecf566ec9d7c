import { ResourceRegistry } from '../api/resourceRegistry';
import { apiResourceList } from './discovery';
import { parseRoute } from './parseRoute';

const registry = new ResourceRegistry();

describe('parseRoute', () => {
  it('maps discovery and health paths', () => {
    expect(parseRoute(registry, '/api')).toEqual({ kind: 'apiVersions' });
    expect(parseRoute(registry, '/api/v1')).toEqual({
      kind: 'resourceList',
      group: '',
      version: 'v1',
    });
    expect(parseRoute(registry, '/apis')).toEqual({ kind: 'groupList' });
    expect(parseRoute(registry, '/apis/policy.karmada.io/v1alpha1')).toEqual({
      kind: 'resourceList',
      group: 'policy.karmada.io',
      version: 'v1alpha1',
    });
    expect(parseRoute(registry, '/readyz')).toEqual({
      kind: 'health',
      check: 'readyz',
    });
    expect(parseRoute(registry, '/apis/work.karmada.io/v1alpha1')).toEqual({
      kind: 'resourceList',
      group: 'work.karmada.io',
      version: 'v1alpha1',
    });
  });

  it.each([
    ['/api/v1/namespaces', 'namespaces', undefined, undefined],
    ['/api/v1/namespaces/team-a', 'namespaces', undefined, 'team-a'],
    ['/api/v1/namespaces/team-a/configmaps', 'configmaps', 'team-a', undefined],
    ['/api/v1/namespaces/team-a/configmaps/c', 'configmaps', 'team-a', 'c'],
    ['/apis/apps/v1/deployments', 'deployments', undefined, undefined],
    [
      '/apis/cluster.karmada.io/v1alpha1/clusters/x',
      'clusters',
      undefined,
      'x',
    ],
    [
      '/apis/work.karmada.io/v1alpha2/namespaces/team-a/resourcebindings',
      'resourcebindings',
      'team-a',
      undefined,
    ],
  ])('%s', (path, resource, namespace, name) => {
    const route = parseRoute(registry, path);
    expect(route).toMatchObject({
      kind: 'resource',
      type: { resource },
      legacyWatch: false,
    });
    expect(route.kind === 'resource' && [route.namespace, route.name]).toEqual([
      namespace,
      name,
    ]);
  });

  it('understands legacy /watch/ paths and rejects unknown ones', () => {
    expect(
      parseRoute(registry, '/api/v1/watch/namespaces/team-a/configmaps'),
    ).toMatchObject({
      kind: 'resource',
      legacyWatch: true,
      namespace: 'team-a',
    });
    expect(
      parseRoute(registry, '/apis/apps/v1/namespaces/team-a/widgets'),
    ).toEqual({ kind: 'notFound' });
    expect(
      parseRoute(registry, '/apis/work.karmada.io/v1alpha1/resourcebindings'),
    ).toEqual({ kind: 'notFound' });
    expect(parseRoute(registry, '/apis/apps/v2/deployments')).toEqual({
      kind: 'notFound',
    });
    expect(parseRoute(registry, '/openapi/v2')).toEqual({ kind: 'notFound' });
  });
});

describe('apiResourceList', () => {
  it('describes each resource for clients, read-only kinds with read verbs only', () => {
    const list = apiResourceList(
      registry.types,
      'policy.karmada.io',
      'v1alpha1',
    ) as { resources: Array<Record<string, unknown>> };
    expect(list.resources).toContainEqual({
      name: 'propagationpolicies',
      singularName: 'propagationpolicy',
      namespaced: true,
      kind: 'PropagationPolicy',
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['pp'],
      categories: ['karmada-io'],
    });
    const clusters = apiResourceList(
      registry.types,
      'cluster.karmada.io',
      'v1alpha1',
    ) as { resources: Array<Record<string, unknown>> };
    expect(clusters.resources[0]).toMatchObject({
      name: 'clusters',
      namespaced: false,
      verbs: ['get', 'list', 'watch'],
    });
  });
});
