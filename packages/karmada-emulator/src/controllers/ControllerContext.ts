import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ApiService } from '../api/ApiService';
import { ApiError } from '../api/ApiError';
import { ResourceType, typeKey } from '../api/ResourceType';
import { registerControllerIndexes } from './controllerIndexes';

/**
 * The resource types the controllers work with.
 *
 * @public
 */
export interface ControlledTypes {
  deployments: ResourceType;
  configMaps: ResourceType;
  secrets: ResourceType;
  namespaces: ResourceType;
  clusters: ResourceType;
  propagationPolicies: ResourceType;
  clusterPropagationPolicies: ResourceType;
  overridePolicies: ResourceType;
  clusterOverridePolicies: ResourceType;
  resourceBindings: ResourceType;
  works: ResourceType;
  events: ResourceType;
}

/**
 * What every controller gets: the API (controllers write through it like
 * any client, marked internal), the types, a clock and the readiness pace.
 * Reads return the stored objects themselves, deep-frozen: controllers
 * read them and build new objects to write, and skipping a copy per read is
 * what lets the loop keep up with thousands of objects.
 *
 * @public
 */
export class ControllerContext {
  readonly types: ControlledTypes;

  constructor(
    readonly api: ApiService,
    readonly now: () => Date,
    /** How long a member cluster takes to make all replicas ready. */
    readonly readyAfterMs: number,
  ) {
    const find = (apiVersion: string, kind: string) => {
      const type = api.registry.byKind(apiVersion, kind);
      if (!type)
        throw new Error(`control loop: ${apiVersion} ${kind} is not served`);
      return type;
    };
    this.types = {
      deployments: find('apps/v1', 'Deployment'),
      configMaps: find('v1', 'ConfigMap'),
      secrets: find('v1', 'Secret'),
      namespaces: find('v1', 'Namespace'),
      clusters: find('cluster.karmada.io/v1alpha1', 'Cluster'),
      propagationPolicies: find(
        'policy.karmada.io/v1alpha1',
        'PropagationPolicy',
      ),
      clusterPropagationPolicies: find(
        'policy.karmada.io/v1alpha1',
        'ClusterPropagationPolicy',
      ),
      overridePolicies: find('policy.karmada.io/v1alpha1', 'OverridePolicy'),
      clusterOverridePolicies: find(
        'policy.karmada.io/v1alpha1',
        'ClusterOverridePolicy',
      ),
      resourceBindings: find('work.karmada.io/v1alpha2', 'ResourceBinding'),
      works: find('work.karmada.io/v1alpha1', 'Work'),
      events: find('v1', 'Event'),
    };
    registerControllerIndexes(api.store, api.registry, this.types);
  }

  /** One stored object (frozen), or undefined. */
  get<T = KubernetesObject>(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): T | undefined {
    return this.api.store.peek(
      typeKey(type),
      type.namespaced ? namespace : undefined,
      name,
    ) as T | undefined;
  }

  /** The stored objects (frozen) of a type (in a namespace when given), in key order. */
  list<T = KubernetesObject>(type: ResourceType, namespace?: string): T[] {
    return [...this.api.store.view(typeKey(type), namespace)] as unknown as T[];
  }

  /** The stored objects (frozen) of a type (in a namespace when given), in no particular order. */
  scan(type: ResourceType, namespace?: string): Iterable<KubernetesObject> {
    return this.api.store.scan(typeKey(type), namespace);
  }

  /** The stored objects (frozen) of a type matching a predicate. */
  select<T = KubernetesObject>(
    type: ResourceType,
    predicate: (object: KubernetesObject) => boolean,
    namespace?: string,
  ): T[] {
    const out: KubernetesObject[] = [];
    for (const object of this.scan(type, namespace))
      if (predicate(object)) out.push(object);
    return out as unknown as T[];
  }

  /** The stored objects (frozen) an index (see controllerIndexes) files under a value. */
  byIndex<T = KubernetesObject>(
    type: ResourceType,
    index: string,
    value: string,
  ): T[] {
    return this.api.store.byIndex(
      typeKey(type),
      index,
      value,
    ) as unknown as T[];
  }

  /**
   * Creates or updates an object to the desired state; the API's no-op
   * detection keeps an unchanged object's resourceVersion. Returns the
   * stored object (frozen).
   */
  upsert(
    type: ResourceType,
    desired: KubernetesObject,
    manager: string,
  ): KubernetesObject {
    const namespace = desired.metadata?.namespace;
    const name = desired.metadata?.name ?? '';
    const current = this.get(type, namespace, name);
    const options = { internal: true, fieldManager: manager };
    if (!current)
      return this.api.create(type, namespace, desired, options).object;
    return this.api.update(
      type,
      namespace,
      name,
      {
        ...desired,
        metadata: {
          ...desired.metadata,
          resourceVersion: current.metadata?.resourceVersion,
        },
      },
      options,
    ).object;
  }

  /** Deletes an object if it exists. */
  remove(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): void {
    try {
      this.api.delete(type, namespace, name, { internal: true });
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 404)) throw e;
    }
  }

  /** Replaces the status of an object (the status subresource). */
  writeStatus(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    status: unknown,
  ): void {
    this.api.writeStatus(type, namespace, name, status);
  }
}
