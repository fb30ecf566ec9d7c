import {
  createPermission,
  type ResourcePermission,
  type BasicPermission,
} from '@backstage/plugin-permission-common';

/**
 * Resource type of Karmada namespace-scoped permissions. A resource ref is
 * `<instance>:<namespace>` (see {@link karmadaNamespaceResourceRef}), so a
 * policy can allow a team to create workloads only in its own namespaces.
 *
 * @public
 */
export const KARMADA_NAMESPACE_RESOURCE_TYPE = 'karmada-namespace';

/**
 * Reading workloads (list, placement, render) in a namespace of an instance.
 *
 * @public
 */
export const karmadaWorkloadReadPermission: ResourcePermission<
  typeof KARMADA_NAMESPACE_RESOURCE_TYPE
> = createPermission({
  name: 'karmada.workload.read',
  attributes: { action: 'read' },
  resourceType: KARMADA_NAMESPACE_RESOURCE_TYPE,
});

/**
 * Creating or updating a workload (apply, dry-run apply, staged apply,
 * resume) in a namespace of an instance.
 *
 * @public
 */
export const karmadaWorkloadCreatePermission: ResourcePermission<
  typeof KARMADA_NAMESPACE_RESOURCE_TYPE
> = createPermission({
  name: 'karmada.workload.create',
  attributes: { action: 'create' },
  resourceType: KARMADA_NAMESPACE_RESOURCE_TYPE,
});

/**
 * Removing the objects of a workload the plugin created.
 *
 * @public
 */
export const karmadaWorkloadDeletePermission: ResourcePermission<
  typeof KARMADA_NAMESPACE_RESOURCE_TYPE
> = createPermission({
  name: 'karmada.workload.delete',
  attributes: { action: 'delete' },
  resourceType: KARMADA_NAMESPACE_RESOURCE_TYPE,
});

/**
 * Reading instances, member clusters, fleet facets and placement previews.
 *
 * @public
 */
export const karmadaClusterReadPermission: BasicPermission = createPermission({
  name: 'karmada.cluster.read',
  attributes: { action: 'read' },
});

/**
 * Every permission of the Karmada plugins.
 *
 * @public
 */
export const karmadaPermissions = [
  karmadaWorkloadReadPermission,
  karmadaWorkloadCreatePermission,
  karmadaWorkloadDeletePermission,
  karmadaClusterReadPermission,
];

/**
 * The resource ref of a namespace of an instance: `<instance>:<namespace>`.
 * Instance names and namespaces cannot contain `:`, so the split is unambiguous.
 *
 * @public
 */
export function karmadaNamespaceResourceRef(
  instance: string,
  namespace: string,
): string {
  return `${instance}:${namespace}`;
}

/**
 * Splits a resource ref made by {@link karmadaNamespaceResourceRef}; undefined
 * when it is not one.
 *
 * @public
 */
export function parseKarmadaNamespaceResourceRef(
  ref: string,
): { instance: string; namespace: string } | undefined {
  const i = ref.indexOf(':');
  if (i <= 0 || i === ref.length - 1) return undefined;
  return { instance: ref.slice(0, i), namespace: ref.slice(i + 1) };
}
