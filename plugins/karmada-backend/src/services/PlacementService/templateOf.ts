import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * The resource template as Karmada hands it to the override manager: the
 * object without status and server bookkeeping (managedFields,
 * resourceVersion, uid, generation, creationTimestamp).
 *
 * @public
 */
export function templateOf(object: KubernetesObject): KubernetesObject {
  const {
    status: _status,
    metadata,
    ...rest
  } = object as KubernetesObject & { status?: unknown };
  const {
    managedFields: _m,
    resourceVersion: _r,
    uid: _u,
    generation: _g,
    creationTimestamp: _c,
    ...meta
  } = metadata ?? {};
  return { ...rest, metadata: meta };
}
