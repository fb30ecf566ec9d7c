import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';

const EVERYWHERE = '*';

function hasOwners(object: KubernetesObject): boolean {
  return (object.metadata?.ownerReferences?.length ?? 0) > 0;
}

/**
 * Kubernetes' garbage collector in miniature (background propagation):
 * once every owner named in an object's ownerReferences is gone, the
 * object is deleted, which cascades down chains of owners (a Deployment
 * takes its ResourceBinding, whose Works the binding controller removes).
 * Namespaced dependents have owners in their own namespace, so a deletion
 * only sends the collector through that namespace.
 *
 * @public
 */
export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector';

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const namespace = event.object.metadata?.namespace;
    if (event.type === 'DELETED') return [namespace ?? EVERYWHERE];
    // A dependent written after its owner went away is collected too.
    return hasOwners(event.object) ? [namespace ?? EVERYWHERE] : [];
  }

  initialKeys(): string[] {
    return [EVERYWHERE];
  }

  reconcile(key: string): void {
    const namespace = key === EVERYWHERE ? undefined : key;
    const { registry, store } = this.ctx.api;
    for (const type of registry.types) {
      if (namespace !== undefined && !type.namespaced) continue;
      for (const object of store.select(typeKey(type), hasOwners, namespace)) {
        const owners = object.metadata?.ownerReferences ?? [];
        if (
          owners.some(owner =>
            this.exists(
              owner.apiVersion,
              owner.kind,
              object.metadata?.namespace,
              owner.name,
              owner.uid,
            ),
          )
        )
          continue;
        this.ctx.remove(
          type,
          object.metadata?.namespace,
          object.metadata?.name ?? '',
        );
      }
    }
  }

  private exists(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
    uid: string,
  ): boolean {
    const type = this.ctx.api.registry.byKind(apiVersion, kind);
    if (!type) return false;
    return (
      this.ctx.get(type, type.namespaced ? namespace : undefined, name)
        ?.metadata?.uid === uid
    );
  }
}
