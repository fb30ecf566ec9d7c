import { ResourceKind } from './resources';

/**
 * A change the informer saw: an object added or changed, or removed.
 *
 * @public
 */
export type InformerEvent<T> =
  | { type: 'upsert'; object: T; previous?: T }
  | { type: 'delete'; object: T };

/**
 * Sync state of one informer.
 *
 * @public
 */
export interface InformerStatus {
  kind: string;
  /** Listed at least once: `list()` is complete (possibly stale while `error` is set). */
  synced: boolean;
  error?: Error;
  lastSyncTime?: Date;
  resourceVersion?: string;
}

/**
 * A watch cache of one kind: list, then watch from the list's
 * resourceVersion; resume from the last seen resourceVersion after a
 * disconnect; relist on 410 Gone; exponential backoff with jitter on errors.
 *
 * @public
 */
export interface Informer<T> {
  readonly kind: ResourceKind;
  start(): void;
  stop(): void;
  status(): InformerStatus;
  get(namespace: string | undefined, name: string): T | undefined;
  list(): IterableIterator<T>;
  size(): number;
  /** Called after every batch of changes (one per watch event, one per relist). */
  subscribe(listener: (events: InformerEvent<T>[]) => void): () => void;
  /** Resolves true once synced, false when `timeoutMs` passes first. */
  waitForSync(timeoutMs: number): Promise<boolean>;
  /**
   * Records an object the plugin just wrote (write-through), so reads right
   * after a write see it before the watch event arrives. Ignored when the
   * cache already holds a newer resourceVersion.
   */
  observe(object: T): void;
  /** Forgets an object the plugin just deleted. */
  forget(namespace: string | undefined, name: string): void;
}
