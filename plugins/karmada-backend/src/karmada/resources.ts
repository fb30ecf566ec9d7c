/**
 * Where a kind lives in the API: group/version, plural and scope. The
 * plugin only touches these kinds, so a static table replaces discovery and
 * saves a request per apiVersion.
 *
 * @public
 */
export interface ResourceKind {
  apiVersion: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

function k(
  apiVersion: string,
  kind: string,
  plural: string,
  namespaced = true,
): ResourceKind {
  return { apiVersion, kind, plural, namespaced };
}

/**
 * The kinds the plugin reads or writes.
 *
 * @public
 */
export const KINDS = {
  Cluster: k('cluster.karmada.io/v1alpha1', 'Cluster', 'clusters', false),
  ResourceBinding: k(
    'work.karmada.io/v1alpha2',
    'ResourceBinding',
    'resourcebindings',
  ),
  PropagationPolicy: k(
    'policy.karmada.io/v1alpha1',
    'PropagationPolicy',
    'propagationpolicies',
  ),
  OverridePolicy: k(
    'policy.karmada.io/v1alpha1',
    'OverridePolicy',
    'overridepolicies',
  ),
  ClusterOverridePolicy: k(
    'policy.karmada.io/v1alpha1',
    'ClusterOverridePolicy',
    'clusteroverridepolicies',
    false,
  ),
  Deployment: k('apps/v1', 'Deployment', 'deployments'),
  Namespace: k('v1', 'Namespace', 'namespaces', false),
  ConfigMap: k('v1', 'ConfigMap', 'configmaps'),
  Secret: k('v1', 'Secret', 'secrets'),
  PersistentVolumeClaim: k(
    'v1',
    'PersistentVolumeClaim',
    'persistentvolumeclaims',
  ),
  ServiceAccount: k('v1', 'ServiceAccount', 'serviceaccounts'),
  Service: k('v1', 'Service', 'services'),
} as const;

/**
 * Looks a kind up by apiVersion and kind; undefined when the plugin does not know it.
 *
 * @public
 */
export function findKind(
  apiVersion: string | undefined,
  kind: string | undefined,
): ResourceKind | undefined {
  return Object.values(KINDS).find(
    r => r.kind === kind && (!apiVersion || r.apiVersion === apiVersion),
  );
}

/**
 * The REST path of a collection or, with a name, of one object.
 *
 * @public
 */
export function resourcePath(
  r: ResourceKind,
  namespace?: string,
  name?: string,
): string {
  const prefix = r.apiVersion.includes('/')
    ? `/apis/${r.apiVersion}`
    : `/api/${r.apiVersion}`;
  const ns =
    r.namespaced && namespace
      ? `/namespaces/${encodeURIComponent(namespace)}`
      : '';
  return `${prefix}${ns}/${r.plural}${
    name ? `/${encodeURIComponent(name)}` : ''
  }`;
}
