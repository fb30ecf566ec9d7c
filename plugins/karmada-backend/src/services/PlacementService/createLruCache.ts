/**
 * A small least-recently-used map bounded by entries and by total size
 * (Map keeps insertion order: re-insert on read, evict from the front).
 *
 * @public
 */
export interface LruCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  size(): number;
  /** The total size of the entries, as `sizeOf` measures them. */
  bytes(): number;
}

/**
 * Creates an LRU cache holding at most `maxEntries` entries and
 * `maxBytes` of `sizeOf` (a large preview is ~300 kB; without a byte bound
 * a few thousand distinct ones would hold gigabytes).
 *
 * @public
 */
export function createLruCache<V>(options: {
  maxEntries: number;
  maxBytes?: number;
  sizeOf?: (value: V) => number;
}): LruCache<V> {
  const map = new Map<string, V>();
  const sizeOf = options.sizeOf ?? (() => 0);
  const maxBytes = options.maxBytes ?? Infinity;
  let total = 0;
  const drop = (key: string) => {
    const v = map.get(key);
    if (v === undefined) return;
    total -= sizeOf(v);
    map.delete(key);
  };
  return {
    get(key) {
      const v = map.get(key);
      if (v !== undefined) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key, value) {
      drop(key);
      map.set(key, value);
      total += sizeOf(value);
      while (
        map.size > options.maxEntries ||
        (total > maxBytes && map.size > 1)
      ) {
        const oldest = map.keys().next();
        if (oldest.done) break;
        drop(oldest.value);
      }
    },
    size: () => map.size,
    bytes: () => total,
  };
}
