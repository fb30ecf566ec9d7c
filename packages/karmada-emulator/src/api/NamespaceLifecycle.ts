import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ObjectStore } from '../store/ObjectStore';
import { ApiError } from './ApiError';
import { ResourceRegistry } from './resourceRegistry';
import { ResourceType, typeKey } from './ResourceType';
import { notFound } from './statusErrors';
import { metaTime } from './systemMetadata';

const NAMESPACES = { group: '', resource: 'namespaces' };
const UNDELETABLE = new Set(['default', 'kube-system', 'kube-public']);

/**
 * The NamespaceLifecycle admission plugin and the namespace controller in
 * one: creates need an existing namespace that is not terminating, and
 * deleting a namespace marks it Terminating, deletes its contents, then the
 * namespace itself.
 *
 * @public
 */
export class NamespaceLifecycle {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ObjectStore,
    private readonly registry: ResourceRegistry,
  ) {}

  /** Admission for creates of namespaced objects. */
  checkCreate(type: ResourceType, object: KubernetesObject): void {
    if (!type.namespaced) return;
    const name = object.metadata?.namespace ?? '';
    const namespace = this.store.peek('/namespaces', undefined, name);
    if (!namespace) throw notFound(NAMESPACES, name);
    if (namespace.metadata?.deletionTimestamp) {
      const what = object.metadata?.name ?? '';
      throw new ApiError(
        403,
        'Forbidden',
        `${
          type.group ? `${type.resource}.${type.group}` : type.resource
        } "${what}" is forbidden: unable to create new content in namespace ${name} because it is being terminated`,
        {
          name: what,
          ...(type.group ? { group: type.group } : {}),
          kind: type.resource,
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: `namespace ${name} is being terminated`,
              field: 'metadata.namespace',
            },
          ],
        },
      );
    }
  }

  /** Starts deleting a namespace; returns it as the DELETE response shows it. */
  terminate(
    namespace: KubernetesObject,
    dryRun: boolean,
    now: Date,
  ): KubernetesObject {
    const name = namespace.metadata?.name ?? '';
    if (UNDELETABLE.has(name)) {
      throw new ApiError(
        403,
        'Forbidden',
        `namespaces "${name}" is forbidden: this namespace may not be deleted`,
        {
          name,
          kind: 'namespaces',
        },
      );
    }
    if (namespace.metadata?.deletionTimestamp) return namespace;
    const terminating: KubernetesObject = {
      ...namespace,
      metadata: { ...namespace.metadata, deletionTimestamp: metaTime(now) },
      status: {
        ...(namespace.status as object | undefined),
        phase: 'Terminating',
      },
    };
    if (dryRun) return terminating;
    const stored = this.store.update('/namespaces', terminating);
    this.pending = this.pending.then(
      () =>
        new Promise<void>(resolve =>
          setImmediate(() => {
            this.finalize(name);
            resolve();
          }),
        ),
    );
    return stored;
  }

  /** Resolves when every started namespace deletion has finished. */
  settled(): Promise<void> {
    return this.pending;
  }

  private finalize(name: string): void {
    for (const type of this.registry.types) {
      if (!type.namespaced) continue;
      for (const object of this.store.view(typeKey(type), name)) {
        this.store.remove(typeKey(type), name, object.metadata?.name ?? '');
      }
    }
    this.store.remove('/namespaces', undefined, name);
  }
}
