import type { Cluster, KubernetesList } from '../types';
import { PreparedCluster, prepareCluster } from './prepareCluster';
import { FleetIndex, buildFleetIndex } from './fleetIndex';
import { child, fail, isObject, Path } from './wire';

/**
 * A fleet of member clusters, parsed and indexed once, ready for any number
 * of previews (Karmada's scheduler cache `Snapshot()`).
 *
 * @public
 */
export interface FleetSnapshot {
  /** The clusters in the order given. */
  readonly clusters: readonly PreparedCluster[];
  readonly index: FleetIndex;
}

/**
 * Options of createFleetSnapshot.
 *
 * @public
 */
export interface FleetSnapshotOptions {
  /** Path of the cluster list in error messages; default `clusters`. */
  path?: string;
}

function clusterItems(
  input: unknown,
  path: Path,
): { items: unknown[]; path: Path } {
  if (Array.isArray(input)) return { items: input, path };
  if (isObject(input) && Array.isArray(input.items)) {
    return { items: input.items, path: child(path, 'items') };
  }
  return fail(path, 'must be a list of Clusters or a List object with items');
}

function snapshotOf(clusters: PreparedCluster[], path: Path): FleetSnapshot {
  const index = buildFleetIndex(clusters);
  if (index.byName.size !== clusters.length) {
    const seen = new Set<string>();
    clusters.forEach((c, i) => {
      if (seen.has(c.name)) {
        fail(
          child(child(child(path, i), 'metadata'), 'name'),
          `duplicate cluster name "${c.name}"`,
        );
      }
      seen.add(c.name);
    });
  }
  return { clusters, index };
}

/**
 * Parses and indexes a fleet: quantities, taints, API enablement and
 * label/field columns are prepared here, so previews only do per-request
 * work. Accepts an array of Clusters or a List object (`kubectl get clusters
 * -o json`). Throws a KarmadaInputError naming the field when a Cluster is
 * malformed or two share a name.
 *
 * @public
 */
export function createFleetSnapshot(
  clusters: Cluster[] | KubernetesList<Cluster> | unknown,
  options: FleetSnapshotOptions = {},
): FleetSnapshot {
  const { items, path } = clusterItems(clusters, options.path ?? 'clusters');
  const prepared = items.map((raw, i) => prepareCluster(raw, child(path, i)));
  return snapshotOf(prepared, path);
}

/**
 * Changes to apply to a snapshot (from a watch on Clusters).
 *
 * @public
 */
export interface FleetSnapshotUpdate {
  /** Clusters added or changed (matched by name). */
  upsert?: Cluster[];
  /** Names of clusters deleted. */
  remove?: string[];
}

/**
 * Derives a new snapshot from a previous one: unchanged clusters keep their
 * parsed entries, changed ones replace theirs in place, new ones are
 * appended, removed ones dropped; only the indexes are rebuilt. The previous
 * snapshot is not modified.
 *
 * @public
 */
export function updateFleetSnapshot(
  previous: FleetSnapshot,
  update: FleetSnapshotUpdate,
): FleetSnapshot {
  const upserts = (update.upsert ?? []).map((raw, i) =>
    prepareCluster(raw, child('upsert', i)),
  );
  const removed = new Set(update.remove ?? []);
  const replacement = new Map(upserts.map(c => [c.name, c]));
  const next: PreparedCluster[] = [];
  for (const c of previous.clusters) {
    if (removed.has(c.name)) continue;
    const changed = replacement.get(c.name);
    next.push(changed ?? c);
    replacement.delete(c.name);
  }
  for (const c of upserts) {
    if (replacement.get(c.name) === c && !removed.has(c.name)) next.push(c);
  }
  return snapshotOf(next, 'clusters');
}
