/** The metadata the cache keys objects by. */
export type Obj = {
  metadata?: { name?: string; namespace?: string; resourceVersion?: string };
};

/**
 * `namespace/name` (namespace empty for cluster-scoped objects).
 *
 * @public
 */
export const keyOf = (o: Obj) =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

/**
 * Whether `candidate` is a newer resourceVersion than `current`.
 * resourceVersions are opaque, but every API server in practice uses an
 * integer (etcd revision); compare numerically when both are integers.
 *
 * @public
 */
export function isNewer(candidate?: string, current?: string): boolean {
  if (!current) return true;
  if (!candidate) return false;
  if (/^\d+$/.test(candidate) && /^\d+$/.test(current))
    return BigInt(candidate) > BigInt(current);
  return candidate !== current;
}
