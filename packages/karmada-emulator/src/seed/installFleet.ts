import {
  Cluster,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';
import { ApiService } from '../api/ApiService';
import { typeKey } from '../api/ResourceType';

const SYSTEM_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'karmada-system',
  'karmada-cluster',
];

/** How the emulator's own bootstrap writes are recorded. */
export const EMULATOR_MANAGER = 'karmada-emulator';

function ensureNamespace(api: ApiService, name: string): void {
  const type = api.registry.byKind('v1', 'Namespace');
  if (!type || api.store.peek(typeKey(type), undefined, name)) return;
  api.create(
    type,
    undefined,
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
    { internal: true, fieldManager: EMULATOR_MANAGER },
  );
}

/** A fleet entry as it is stored: what the cluster says of itself, none of the server's bookkeeping. */
function desiredCluster(cluster: Cluster): KubernetesObject {
  const {
    uid: _u,
    resourceVersion: _r,
    creationTimestamp: _c,
    managedFields: _m,
    generation: _g,
    ...metadata
  } = cluster.metadata;
  return { ...(cluster as unknown as KubernetesObject), metadata };
}

/**
 * Makes the stored clusters exactly the fleet (as cluster registration
 * would), with the namespaces a Karmada control plane has: the system ones
 * and an execution namespace `karmada-es-<cluster>` per cluster.
 *
 * @public
 */
export function installFleet(api: ApiService, clusters: Cluster[]): void {
  const type = api.registry.byKind('cluster.karmada.io/v1alpha1', 'Cluster');
  if (!type) throw new Error('the Cluster resource is not registered');
  for (const name of SYSTEM_NAMESPACES) ensureNamespace(api, name);
  const wanted = new Set(clusters.map(c => c.metadata.name));
  for (const existing of [...api.store.view(typeKey(type))]) {
    const name = existing.metadata?.name ?? '';
    if (!wanted.has(name))
      api.delete(type, undefined, name, { internal: true });
  }
  const options = { internal: true, fieldManager: EMULATOR_MANAGER };
  for (const cluster of clusters) {
    const name = cluster.metadata.name;
    ensureNamespace(api, `karmada-es-${name}`);
    const existing = api.store.peek(typeKey(type), undefined, name);
    const desired = desiredCluster(cluster);
    if (!existing) {
      api.create(type, undefined, desired, options);
      continue;
    }
    api.update(
      type,
      undefined,
      name,
      {
        ...desired,
        metadata: {
          ...desired.metadata,
          resourceVersion: existing.metadata?.resourceVersion,
        },
      },
      options,
    );
    // Status goes through the status subresource, as the cluster status controller writes it.
    api.writeStatus(type, undefined, name, desired.status);
  }
}
