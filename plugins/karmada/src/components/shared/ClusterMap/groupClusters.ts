/**
 * One cluster of a {@link ClusterMap}.
 *
 * @public
 */
export interface ClusterMapItem {
  name: string;
  provider?: string;
  region?: string;
  zones: string[];
  /** Replicas the tile stands for (scheduled, else expected). */
  replicas: number;
  /** Ready replicas, when known. */
  ready?: number;
}

/**
 * Clusters grouped provider → region → zone, every level sorted by name
 * with the unknown group last.
 *
 * @public
 */
export interface ClusterGroup<T> {
  key: string;
  label: string;
  replicas: number;
  children: T;
}

const UNKNOWN = '\uffff';

function groupBy<T>(items: T[], keyOf: (item: T) => string | undefined) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item) || UNKNOWN;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function sum<T extends ClusterMapItem>(items: T[]) {
  return items.reduce((n, i) => n + i.replicas, 0);
}

/**
 * Groups clusters for the map: provider, then region, then zone set
 * (a cluster in several zones sits in the group of all of them).
 *
 * @public
 */
export function groupClusters<T extends ClusterMapItem>(
  items: T[],
): ClusterGroup<ClusterGroup<ClusterGroup<T[]>[]>[]>[] {
  return groupBy(items, i => i.provider).map(([provider, byProvider]) => ({
    key: provider,
    label: provider === UNKNOWN ? 'No provider' : provider,
    replicas: sum(byProvider),
    children: groupBy(byProvider, i => i.region).map(([region, byRegion]) => ({
      key: region,
      label: region === UNKNOWN ? 'No region' : region,
      replicas: sum(byRegion),
      children: groupBy(byRegion, i => [...i.zones].sort().join(', ')).map(
        ([zone, byZone]) => ({
          key: zone,
          label: zone === UNKNOWN ? 'No zone' : zone,
          replicas: sum(byZone),
          children: [...byZone].sort((a, b) => a.name.localeCompare(b.name)),
        }),
      ),
    })),
  }));
}
