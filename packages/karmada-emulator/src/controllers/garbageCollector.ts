import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ResourceType, typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { OBJECTS_BY_OWNER } from './controllerIndexes';

function hasOwners(object: KubernetesObject): boolean {
  return (object.metadata?.ownerReferences?.length ?? 0) > 0;
}

// A key names one dependent: `typeKey|namespace|name` ('|' is in no type
// key, namespace or name).
function dependentKey(typeKeyOf: string, object: KubernetesObject): string {
  return `${typeKeyOf}|${object.metadata?.namespace ?? ''}|${
    object.metadata?.name ?? ''
  }`;
}

/**
 * Kubernetes' garbage collector in miniature (background propagation):
 * once every owner named in an object's ownerReferences is gone, the
 * object is deleted, which cascades down chains of owners (a Deployment
 * takes its ResourceBinding, whose Works the binding controller removes).
 * Like the real one it follows the owner graph rather than scanning: a
 * deletion sends it to the dependents of the deleted uid (an index), a
 * write of an object with owners to that object (its owners may already
 * be gone).
 *
 * @public
 */
export class GarbageCollector implements Controller {
  readonly name = 'garbage-collector';
  private readonly byKey: Map<string, ResourceType>;

  constructor(private readonly ctx: ControllerContext) {
    this.byKey = new Map(ctx.api.registry.types.map(t => [typeKey(t), t]));
  }

  keysFor(event: StoreEvent): string[] {
    const keys: string[] = [];
    if (hasOwners(event.object) && event.type !== 'DELETED')
      keys.push(dependentKey(event.typeKey, event.object));
    const uid = event.object.metadata?.uid;
    if (event.type === 'DELETED' && uid) {
      for (const type of this.ctx.api.registry.types)
        for (const dependent of this.ctx.byIndex(type, OBJECTS_BY_OWNER, uid))
          keys.push(dependentKey(typeKey(type), dependent));
    }
    return keys;
  }

  initialKeys(): string[] {
    const keys: string[] = [];
    for (const type of this.ctx.api.registry.types)
      for (const object of this.ctx.scan(type))
        if (hasOwners(object)) keys.push(dependentKey(typeKey(type), object));
    return keys;
  }

  reconcile(key: string): void {
    const [typeKeyOf, namespace, name] = key.split('|');
    const type = this.byKey.get(typeKeyOf);
    const object = type && this.ctx.get(type, namespace || undefined, name);
    if (!type || !object || !hasOwners(object)) return;
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
      return;
    this.ctx.remove(type, object.metadata?.namespace, name);
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
