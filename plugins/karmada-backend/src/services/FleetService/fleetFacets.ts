import {
  Cluster,
  FleetFacetsResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { clusterZones } from './toClusterDto';

const sorted = (s: Set<string>) => [...s].sort();

/**
 * Distinct providers, regions, zones, label values and taints of a fleet,
 * each sorted, for the form's pickers.
 *
 * @public
 */
export function fleetFacets(
  instance: string,
  clusters: Iterable<Cluster>,
): FleetFacetsResponse {
  const names = new Set<string>();
  const providers = new Set<string>();
  const regions = new Set<string>();
  const zones = new Set<string>();
  const labels = new Map<string, Set<string>>();
  const taints = new Map<
    string,
    { key: string; value?: string; effect: string; clusters: number }
  >();
  for (const c of clusters) {
    names.add(c.metadata.name);
    if (c.spec?.provider) providers.add(c.spec.provider);
    if (c.spec?.region) regions.add(c.spec.region);
    clusterZones(c).forEach(z => zones.add(z));
    for (const [k, v] of Object.entries(c.metadata.labels ?? {})) {
      const set = labels.get(k) ?? new Set<string>();
      set.add(v);
      labels.set(k, set);
    }
    for (const t of c.spec?.taints ?? []) {
      const key = `${t.key}\u0000${t.value ?? ''}\u0000${t.effect}`;
      const entry = taints.get(key) ?? {
        key: t.key,
        ...(t.value ? { value: t.value } : {}),
        effect: t.effect,
        clusters: 0,
      };
      entry.clusters++;
      taints.set(key, entry);
    }
  }
  const labelOut: Record<string, string[]> = {};
  for (const k of [...labels.keys()].sort())
    labelOut[k] = sorted(labels.get(k)!);
  return {
    instance,
    clusters: sorted(names),
    providers: sorted(providers),
    regions: sorted(regions),
    zones: sorted(zones),
    labels: labelOut,
    taints: [...taints.values()].sort((a, b) =>
      a.key === b.key
        ? (a.value ?? '').localeCompare(b.value ?? '') ||
          a.effect.localeCompare(b.effect)
        : a.key.localeCompare(b.key),
    ),
  };
}
