import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { compareStrings } from '../util/compareStrings';
import { IndexFunction, ObjectIndex } from './ObjectIndex';

const NONE: readonly KubernetesObject[] = [];

/**
 * The stored objects of one resource type: namespace → name → object
 * (cluster-scoped objects under the namespace ''), with the type's
 * secondary indexes kept current on every change, and the key order of
 * each namespace cached until an object is added or removed there.
 *
 * @public
 */
export class TypeBucket {
  private readonly namespaces = new Map<
    string,
    Map<string, KubernetesObject>
  >();
  private readonly sortedNames = new Map<string, string[]>();
  private sortedNamespaces: string[] | undefined;
  private readonly indexes = new Map<string, ObjectIndex>();
  private total = 0;

  /** How many objects there are. */
  get size(): number {
    return this.total;
  }

  get(namespace: string, name: string): KubernetesObject | undefined {
    return this.namespaces.get(namespace)?.get(name);
  }

  /** Stores an object under its namespace and name; returns the one it replaced. */
  set(
    namespace: string,
    name: string,
    object: KubernetesObject,
  ): KubernetesObject | undefined {
    let names = this.namespaces.get(namespace);
    if (!names) {
      names = new Map();
      this.namespaces.set(namespace, names);
      this.sortedNamespaces = undefined;
    }
    const previous = names.get(name);
    names.set(name, object);
    if (!previous) {
      this.total += 1;
      this.sortedNames.delete(namespace);
    }
    for (const index of this.indexes.values()) index.replace(previous, object);
    return previous;
  }

  /** Removes an object; returns it, or undefined when there was none. */
  delete(namespace: string, name: string): KubernetesObject | undefined {
    const names = this.namespaces.get(namespace);
    const previous = names?.get(name);
    if (!names || !previous) return undefined;
    names.delete(name);
    this.total -= 1;
    this.sortedNames.delete(namespace);
    if (names.size === 0) {
      this.namespaces.delete(namespace);
      this.sortedNamespaces = undefined;
    }
    for (const index of this.indexes.values())
      index.replace(previous, undefined);
    return previous;
  }

  /** The objects (of one namespace when given), in no particular order. */
  *values(namespace?: string): Iterable<KubernetesObject> {
    if (namespace !== undefined) {
      yield* this.namespaces.get(namespace)?.values() ?? [];
      return;
    }
    for (const names of this.namespaces.values()) yield* names.values();
  }

  /**
   * The objects (of one namespace when given) in etcd key order: by
   * `namespace/name` as a byte string. A namespace's keys all share the
   * prefix `namespace/`, so that is namespaces in the order of that prefix,
   * and names in order within each.
   */
  sorted(namespace?: string): readonly KubernetesObject[] {
    if (namespace !== undefined) return this.sortedIn(namespace);
    this.sortedNamespaces ??= [...this.namespaces.keys()].sort((a, b) =>
      compareStrings(`${a}/`, `${b}/`),
    );
    const out: KubernetesObject[] = [];
    for (const ns of this.sortedNamespaces) out.push(...this.sortedIn(ns));
    return out;
  }

  /** Adds a secondary index, filing the objects already stored. */
  addIndex(name: string, indexFunction: IndexFunction): void {
    const index = new ObjectIndex(indexFunction);
    for (const object of this.values()) index.replace(undefined, object);
    this.indexes.set(name, index);
  }

  /** A secondary index, if there is one of that name. */
  index(name: string): ObjectIndex | undefined {
    return this.indexes.get(name);
  }

  private sortedIn(namespace: string): readonly KubernetesObject[] {
    const names = this.namespaces.get(namespace);
    if (!names) return NONE;
    let order = this.sortedNames.get(namespace);
    if (!order) {
      order = [...names.keys()].sort(compareStrings);
      this.sortedNames.set(namespace, order);
    }
    return order.map(name => names.get(name) as KubernetesObject);
  }
}
