import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * What a secondary index files an object under: any number of values,
 * computed from the object alone (it must be a pure function and must not
 * throw on objects of unexpected shape).
 *
 * @public
 */
export type IndexFunction = (object: KubernetesObject) => readonly string[];

const NONE: readonly KubernetesObject[] = [];

/**
 * A secondary index of one resource type, like client-go's `Indexer`:
 * value → the stored objects filed under it, kept current on every write,
 * so controllers find "the Works of this binding" or "the dependents of
 * this owner" without scanning the type.
 *
 * @public
 */
export class ObjectIndex {
  private readonly byValue = new Map<string, Set<KubernetesObject>>();
  // The values each object was filed under, so an update unfiles exactly those.
  private readonly filed = new Map<KubernetesObject, readonly string[]>();

  constructor(readonly indexFunction: IndexFunction) {}

  /** Files `next` in place of `previous` (either may be absent). */
  replace(
    previous: KubernetesObject | undefined,
    next: KubernetesObject | undefined,
  ): void {
    if (previous) {
      for (const value of this.filed.get(previous) ?? []) {
        const set = this.byValue.get(value);
        set?.delete(previous);
        if (set?.size === 0) this.byValue.delete(value);
      }
      this.filed.delete(previous);
    }
    if (next) {
      const values = [...new Set(this.indexFunction(next))];
      for (const value of values) {
        let set = this.byValue.get(value);
        if (!set) {
          set = new Set();
          this.byValue.set(value, set);
        }
        set.add(next);
      }
      if (values.length > 0) this.filed.set(next, values);
    }
  }

  /** The objects filed under a value (stored objects: read, never change). */
  get(value: string): readonly KubernetesObject[] {
    const set = this.byValue.get(value);
    return set ? [...set] : NONE;
  }

  /** How many objects are filed under a value. */
  count(value: string): number {
    return this.byValue.get(value)?.size ?? 0;
  }
}
