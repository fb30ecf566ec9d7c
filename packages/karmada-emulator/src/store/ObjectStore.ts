import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { compareStrings } from '../util/compareStrings';
import { EventHistory, StoreEvent } from './EventHistory';

/**
 * The persisted form of a store.
 *
 * @public
 */
export interface StoreSnapshot {
  resourceVersion: number;
  objects: Array<{ typeKey: string; object: KubernetesObject }>;
}

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/**
 * The emulator's etcd: objects by resource type, one global revision
 * counter stamped as `metadata.resourceVersion` on every write, a bounded
 * event history and change listeners. It checks nothing; the API layer
 * above it does. Objects go in and come out as copies.
 *
 * @public
 */
export class ObjectStore {
  private readonly objects = new Map<string, Map<string, KubernetesObject>>();
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

  /** One object, or undefined. */
  get(
    typeKey: string,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    const found = this.objects.get(typeKey)?.get(objectKey(namespace, name));
    return found ? structuredClone(found) : undefined;
  }

  /** All objects of a type (in one namespace when given), ordered by namespace and name like etcd keys. */
  list(typeKey: string, namespace?: string): KubernetesObject[] {
    const all = [...(this.objects.get(typeKey)?.entries() ?? [])];
    return all
      .filter(
        ([key]) => namespace === undefined || key.startsWith(`${namespace}/`),
      )
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([, object]) => structuredClone(object));
  }

  /**
   * The objects of a type (in one namespace when given) that satisfy a
   * predicate, which sees the stored objects and must not change them; only
   * matches are copied, so selective reads of big collections stay cheap.
   */
  select(
    typeKey: string,
    predicate: (object: KubernetesObject) => boolean,
    namespace?: string,
  ): KubernetesObject[] {
    const out: KubernetesObject[] = [];
    for (const [key, object] of this.objects.get(typeKey) ?? []) {
      if (namespace !== undefined && !key.startsWith(`${namespace}/`)) continue;
      if (predicate(object)) out.push(structuredClone(object));
    }
    return out;
  }

  /** Stores a new object; returns it with its resourceVersion. */
  create(typeKey: string, object: KubernetesObject): KubernetesObject {
    return this.write(typeKey, object, 'ADDED');
  }

  /** Replaces an existing object; returns it with its new resourceVersion. */
  update(typeKey: string, object: KubernetesObject): KubernetesObject {
    return this.write(typeKey, object, 'MODIFIED');
  }

  /** Removes an object; returns its last state stamped with the deletion revision. */
  remove(
    typeKey: string,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject | undefined {
    const bucket = this.objects.get(typeKey);
    const key = objectKey(namespace, name);
    const previous = bucket?.get(key);
    if (!bucket || !previous) return undefined;
    bucket.delete(key);
    this.revision += 1;
    const object = structuredClone(previous);
    object.metadata = {
      ...object.metadata,
      resourceVersion: String(this.revision),
    };
    this.emit({
      type: 'DELETED',
      resourceVersion: this.revision,
      typeKey,
      object,
      previous,
    });
    return structuredClone(object);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Everything, for persistence. */
  snapshot(): StoreSnapshot {
    const objects: StoreSnapshot['objects'] = [];
    for (const [typeKey, bucket] of this.objects) {
      for (const object of bucket.values())
        objects.push({ typeKey, object: structuredClone(object) });
    }
    return { resourceVersion: this.revision, objects };
  }

  /** Replaces the contents with a snapshot; watches cannot resume from before it. */
  load(snapshot: StoreSnapshot): void {
    this.objects.clear();
    for (const { typeKey, object } of snapshot.objects) {
      const name = object.metadata?.name;
      if (!name) continue;
      this.bucket(typeKey).set(
        objectKey(object.metadata?.namespace, name),
        structuredClone(object),
      );
    }
    this.revision = Math.max(this.revision, snapshot.resourceVersion);
    this.history.reset(this.revision);
  }

  private bucket(typeKey: string): Map<string, KubernetesObject> {
    let bucket = this.objects.get(typeKey);
    if (!bucket) {
      bucket = new Map();
      this.objects.set(typeKey, bucket);
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
    const key = objectKey(input.metadata?.namespace, name);
    const previous = this.bucket(typeKey).get(key);
    this.revision += 1;
    const object = structuredClone(input);
    object.metadata = {
      ...object.metadata,
      resourceVersion: String(this.revision),
    };
    this.bucket(typeKey).set(key, object);
    this.emit({
      type,
      resourceVersion: this.revision,
      typeKey,
      object: structuredClone(object),
      previous,
    });
    return structuredClone(object);
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
}
