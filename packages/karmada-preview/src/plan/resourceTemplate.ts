import {
  KubernetesObject,
  OverridePolicy,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The namespace a namespaced object without `metadata.namespace` lands in
 * when applied with kubectl's default context; the placement check reads
 * the workload the same way.
 *
 * @public
 */
export const DEFAULT_NAMESPACE = 'default';

/**
 * The resource template as Karmada's override manager sees it: the object
 * as stored in the Karmada API server, without status and server
 * bookkeeping (managedFields, resourceVersion, uid, generation,
 * creationTimestamp) — the same cut as the backend's `templateOf`, so that
 * `kubectl get -o yaml` output and the entity page give equal manifests —
 * and with the namespace the API server would have given it.
 *
 * @public
 */
export function resourceTemplate(object: KubernetesObject): KubernetesObject {
  const {
    managedFields: _m,
    resourceVersion: _r,
    uid: _u,
    generation: _g,
    creationTimestamp: _c,
    ...meta
  } = object.metadata ?? {};
  const metadata = { ...meta, namespace: meta.namespace || DEFAULT_NAMESPACE };
  // Rebuilt key by key so the manifest keeps the file's field order.
  const entries = Object.entries(object)
    .filter(([key]) => key !== 'status')
    .map(([key, value]) => [key, key === 'metadata' ? metadata : value]);
  return object.metadata
    ? Object.fromEntries(entries)
    : { ...Object.fromEntries(entries), metadata };
}

/**
 * An OverridePolicy as stored: one written without a namespace lands in
 * the default namespace (ClusterOverridePolicies have none).
 *
 * @public
 */
export function storedOverridePolicy(policy: OverridePolicy): OverridePolicy {
  if (policy.kind !== 'OverridePolicy' || policy.metadata?.namespace)
    return policy;
  return {
    ...policy,
    metadata: { ...policy.metadata, namespace: DEFAULT_NAMESPACE },
  };
}
