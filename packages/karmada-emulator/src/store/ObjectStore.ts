import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { deepFreeze } from '../util/deepFreeze';
import { EventHistory, StoreEvent } from './EventHistory';
import { IndexFunction } from './ObjectIndex';
import { TypeBucket } from './TypeBucket';

/**
 * The persisted form of a store.
 *
 * @public
 */
export interface StoreSnapshot {
  resourceVersion: number;
  objects: Array<{ typeKey: string; object: KubernetesObject }>;
}

/**
 * The index every type has: `key=value` for each label, so label
 * selectors with an equality start from the matching objects.
 *
 * @public
 */
export const LABEL_INDEX = 'labels';

function labelValues(object: KubernetesObject): string[] {
  return Object.entries(object.metadata?.labels ?? {}).map(
    ([k, v]) => `${k}=${v}`,
  );
}

/**
 * The emulator's etcd: objects by resource type, namespace and name, one
 * global revision counter stamped as `metadata.resourceVersion` on every
 * write, secondary indexes kept current on write, a bounded event history
 * and change listeners. It checks nothing; the API layer above it does.
 *
 * Reads come in two kinds. `get`, `list` and `select` return copies, for
 * callers that may change what they read. `peek`, `view`, `scan` and
 * `byIndex` return the stored objects themselves, deep-frozen, for the API
 * layer and the controllers, which only read: at thousands of objects,
 * copying on every read is what made the control loop slow. Events carry
 * the stored (frozen) objects too.
 *
 * @public
 */
export class ObjectStore {
  private readonly types = new Map<string, TypeBucket>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private revision: number;
  readonly history: EventHistory;

  constructor(options: { historySize: number; initialRevision?: number }) {
    this.revision = options.initialRevision ?? 1;
    this.history = new EventHistory(options.historySize, this.revision);
  }

  /** The current revision (what a list reports as its resourceVersion). */
  get resourceVersion(): number {
    return this.revision;
  }

  /** A copy of one object, or undefined. */
  get(
    typeKey: string,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    const found = this.peek(typeKey, namespace, name);
    return found ? structuredClone(found) : undefined;
  }

  /** One stored object (frozen), or undefined. */
  peek(
    typeKey: string,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    return this.types.get(typeKey)?.get(namespace ?? '', name);
  }

  /** Copies of all objects of a type (in one namespace when given), ordered by namespace and name like etcd keys. */
  list(typeKey: string, namespace?: string): KubernetesObject[] {
    return this.view(typeKey, namespace).map(o => structuredClone(o));
  }

  /** The stored objects (frozen) of a type (in one namespace when given), in etcd key order. */
  view(typeKey: string, namespace?: string): readonly KubernetesObject[] {
    return this.types.get(typeKey)?.sorted(namespace) ?? [];
  }

  /** The stored objects (frozen) of a type (in one namespace when given), in no particular order. */
  scan(typeKey: string, namespace?: string): Iterable<KubernetesObject> {
    return this.types.get(typeKey)?.values(namespace) ?? [];
  }

  /**
   * Copies of the objects of a type (in one namespace when given) that
   * satisfy a predicate, which sees the stored objects; only matches are
   * copied, so selective reads of big collections stay cheap.
   */
  select(
    typeKey: string,
    predicate: (object: KubernetesObject) => boolean,
    namespace?: string,
  ): KubernetesObject[] {
    const out: KubernetesObject[] = [];
    for (const object of this.scan(typeKey, namespace))
      if (predicate(object)) out.push(structuredClone(object));
    return out;
  }

  /**
   * Adds a secondary index to a type. Registering the same function under
   * the same name again is a no-op; another function under a taken name is
   * an error (two users would silently disagree on what it holds).
   */
  addIndex(typeKey: string, name: string, indexFunction: IndexFunction): void {
    const bucket = this.bucket(typeKey);
    const existing = bucket.index(name);
    if (existing?.indexFunction === indexFunction) return;
    if (existing)
      throw new Error(
        `ObjectStore: index ${name} of ${typeKey} is already registered`,
      );
    bucket.addIndex(name, indexFunction);
  }

  /** The stored objects (frozen) a secondary index files under a value, in no particular order. */
  byIndex(
    typeKey: string,
    name: string,
    value: string,
  ): readonly KubernetesObject[] {
    const bucket = this.types.get(typeKey);
    if (!bucket) return [];
    const index = bucket.index(name);
    if (!index) throw new Error(`ObjectStore: no index ${name} on ${typeKey}`);
    return index.get(value);
  }

  /** How many objects a secondary index files under a value. */
  countByIndex(typeKey: string, name: string, value: string): number {
    return this.types.get(typeKey)?.index(name)?.count(value) ?? 0;
  }

  /**
   * Stores a new object; returns it (frozen) with its resourceVersion. The
   * store keeps what it is given (frozen): callers pass objects they no
   * longer change.
   */
  create(typeKey: string, object: KubernetesObject): KubernetesObject {
    return this.write(typeKey, object, 'ADDED');
  }

  /** Replaces an existing object; returns it (frozen) with its new resourceVersion. */
  update(typeKey: string, object: KubernetesObject): KubernetesObject {
    return this.write(typeKey, object, 'MODIFIED');
  }

  /** Removes an object; returns its last state (frozen) stamped with the deletion revision. */
  remove(
    typeKey: string,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    const previous = this.types.get(typeKey)?.delete(namespace ?? '', name);
    if (!previous) return undefined;
    this.revision += 1;
    const object = deepFreeze({
      ...previous,
      metadata: {
        ...previous.metadata,
        resourceVersion: String(this.revision),
      },
    });
    this.emit({
      type: 'DELETED',
      resourceVersion: this.revision,
      typeKey,
      object,
      previous,
    });
    return object;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Everything (the stored objects, frozen), for persistence. */
  snapshot(): StoreSnapshot {
    const objects: StoreSnapshot['objects'] = [];
    for (const [typeKey, bucket] of this.types) {
      for (const object of bucket.values()) objects.push({ typeKey, object });
    }
    return { resourceVersion: this.revision, objects };
  }

  /** Replaces the contents with a snapshot; watches cannot resume from before it. */
  load(snapshot: StoreSnapshot): void {
    for (const bucket of this.types.values())
      for (const object of [...bucket.values()])
        bucket.delete(
          object.metadata?.namespace ?? '',
          object.metadata?.name ?? '',
        );
    for (const { typeKey, object } of snapshot.objects) {
      const name = object.metadata?.name;
      if (!name) continue;
      this.bucket(typeKey).set(
        object.metadata?.namespace ?? '',
        name,
        deepFreeze(structuredClone(object)),
      );
    }
    this.revision = Math.max(this.revision, snapshot.resourceVersion);
    this.history.reset(this.revision);
  }

  private bucket(typeKey: string): TypeBucket {
    let bucket = this.types.get(typeKey);
    if (!bucket) {
      bucket = new TypeBucket();
      bucket.addIndex(LABEL_INDEX, labelValues);
      this.types.set(typeKey, bucket);
    }
    return bucket;
  }

  private write(
    typeKey: string,
    input: KubernetesObject,
    type: 'ADDED' | 'MODIFIED',
  ): KubernetesObject {
    const name = input.metadata?.name;
    if (!name) throw new Error('ObjectStore: object without metadata.name');
    this.revision += 1;
    // Kept without a copy: writers hand over objects they built for the
    // write. Freezing them makes that safe to share with every reader.
    const object = deepFreeze({
      ...input,
      metadata: { ...input.metadata, resourceVersion: String(this.revision) },
    });
    const previous = this.bucket(typeKey).set(
      object.metadata.namespace ?? '',
      name,
      object,
    );
    this.emit({
      type,
      resourceVersion: this.revision,
      typeKey,
      object,
      previous,
    });
    return object;
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
}
