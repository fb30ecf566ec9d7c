// Column indexes over a fleet: every label key, provider and region becomes
// an Int32Array of interned value ids, so a selector is compiled once per
// request into a lookup table and each cluster costs an array read.
import type { PreparedCluster, PreparedTaint } from './prepareCluster';
import { compareGoStrings } from './framework';
import { ResourceColumns, buildResourceColumns } from './resourceColumns';

/**
 * The values one field takes across the fleet, interned.
 *
 * @public
 */
export interface ValueColumn {
  /** Value id → value. */
  readonly values: readonly string[];
  /** Value → value id. */
  readonly ids: ReadonlyMap<string, number>;
  /** Cluster index → value id, -1 where the field is absent. */
  readonly column: Int32Array;
}

/**
 * Precomputed lookups over a fleet snapshot.
 *
 * @public
 */
export interface FleetIndex {
  /** One column per label key present on any cluster. */
  readonly labels: ReadonlyMap<string, ValueColumn>;
  readonly provider: ValueColumn;
  readonly region: ValueColumn;
  /** Every zone named by some cluster. */
  readonly zones: ReadonlySet<string>;
  /** Distinct NoSchedule/NoExecute taints of the fleet. */
  readonly taints: readonly PreparedTaint[];
  /**
   * The ids (into `taints`) of cluster i's taints, in list order, are
   * `taintIds[taintOffsets[i] .. taintOffsets[i + 1])`.
   */
  readonly taintOffsets: Int32Array;
  readonly taintIds: Int32Array;
  /** Cluster name → index. */
  readonly byName: ReadonlyMap<string, number>;
  /** Cluster index → position in Go's name order. */
  readonly nameRank: Int32Array;
  /** Position in name order → cluster index. */
  readonly nameOrder: Int32Array;
  /** The estimator's figures by column. */
  readonly resources: ResourceColumns;
  /** Per-cluster facts the filters read, as flat arrays (no object per lookup). */
  readonly flags: ClusterFlags;
}

/**
 * Per-cluster facts as typed arrays, indexed like the snapshot's clusters.
 *
 * @public
 */
export interface ClusterFlags {
  /** 1 when `metadata.deletionTimestamp` is set. */
  readonly deleting: Uint8Array;
  /** apps/v1 Deployment: 0 enabled, 1 disabled, 2 unknown, 3 unknown (no API list at all). */
  readonly deploymentApi: Uint8Array;
  readonly hasProvider: Uint8Array;
  readonly hasRegion: Uint8Array;
  readonly hasZones: Uint8Array;
}

const API_CODES = { APIEnabled: 0, APIDisabled: 1, APIUnknown: 2 } as const;

function flagsOf(clusters: readonly PreparedCluster[]): ClusterFlags {
  const n = clusters.length;
  const flags = {
    deleting: new Uint8Array(n),
    deploymentApi: new Uint8Array(n),
    hasProvider: new Uint8Array(n),
    hasRegion: new Uint8Array(n),
    hasZones: new Uint8Array(n),
  };
  clusters.forEach((c, i) => {
    flags.deleting[i] = c.deleting ? 1 : 0;
    const listed = (c.cluster.status?.apiEnablements?.length ?? 0) > 0;
    flags.deploymentApi[i] =
      c.deploymentApi === 'APIUnknown' && !listed
        ? 3
        : API_CODES[c.deploymentApi];
    flags.hasProvider[i] = c.provider ? 1 : 0;
    flags.hasRegion[i] = c.region ? 1 : 0;
    flags.hasZones[i] = c.zones.length > 0 ? 1 : 0;
  });
  return flags;
}

class ColumnBuilder {
  readonly values: string[] = [];
  readonly ids = new Map<string, number>();
  readonly column: Int32Array;

  constructor(size: number) {
    this.column = new Int32Array(size).fill(-1);
  }

  set(index: number, value: string): void {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    this.column[index] = id;
  }
}

function nameOrderOf(names: string[]): Int32Array {
  const order = Int32Array.from(names.keys());
  // Go compares bytes; JavaScript's native order agrees unless a name has
  // characters outside the BMP, so the fast native sort is used when it can be.
  const bmpOnly = names.every(n => !/[\uD800-\uDFFF]/.test(n));
  if (bmpOnly) {
    const sorted = [...names].sort();
    const position = new Map(sorted.map((n, i) => [n, i]));
    for (let i = 0; i < names.length; i++)
      order[position.get(names[i]) ?? 0] = i;
    return order;
  }
  return order.sort((a, b) => compareGoStrings(names[a], names[b]));
}

/** Builds the indexes of a fleet whose cluster names are unique. */
export function buildFleetIndex(
  clusters: readonly PreparedCluster[],
): FleetIndex {
  const size = clusters.length;
  const labels = new Map<string, ColumnBuilder>();
  const provider = new ColumnBuilder(size);
  const region = new ColumnBuilder(size);
  const zones = new Set<string>();
  const taintIds = new Map<string, number>();
  const taints: PreparedTaint[] = [];
  const taintOffsets = new Int32Array(size + 1);
  const clusterTaintIds: number[] = [];
  const byName = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const c = clusters[i];
    byName.set(c.name, i);
    const keys = Object.keys(c.labels);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      let col = labels.get(key);
      if (!col) {
        col = new ColumnBuilder(size);
        labels.set(key, col);
      }
      col.set(i, c.labels[key]);
    }
    // An empty provider or region counts as absent, as in Karmada's field selector.
    if (c.provider) provider.set(i, c.provider);
    if (c.region) region.set(i, c.region);
    for (const z of c.zones) zones.add(z);
    for (const t of c.taints) {
      let id = taintIds.get(t.text);
      if (id === undefined) {
        id = taints.length;
        taints.push(t);
        taintIds.set(t.text, id);
      }
      clusterTaintIds.push(id);
    }
    taintOffsets[i + 1] = clusterTaintIds.length;
  }
  const nameOrder = nameOrderOf(clusters.map(c => c.name));
  const nameRank = new Int32Array(size);
  for (let r = 0; r < size; r++) nameRank[nameOrder[r]] = r;
  return {
    labels,
    provider,
    region,
    zones,
    taints,
    taintOffsets,
    taintIds: Int32Array.from(clusterTaintIds),
    byName,
    nameRank,
    nameOrder,
    resources: buildResourceColumns(clusters),
    flags: flagsOf(clusters),
  };
}
