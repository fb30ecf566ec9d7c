import {
  ResourceBinding,
  TargetCluster,
} from '@karmada-backstage/plugin-karmada-common';

type Snapshot = {
  namespace?: string;
  name?: string;
  clusters?: TargetCluster[];
};

/**
 * `mergeTargetClusters`: the scheduled clusters, then those the bindings
 * requiring this one were given.
 *
 * @public
 */
export function targetClusters(binding: ResourceBinding): TargetCluster[] {
  const out = [...(binding.spec.clusters ?? [])];
  const seen = new Set(out.map(c => c.name));
  for (const snapshot of (binding.spec.requiredBy ?? []) as Snapshot[]) {
    for (const c of snapshot.clusters ?? []) {
      if (!seen.has(c.name)) {
        seen.add(c.name);
        out.push(c);
      }
    }
  }
  return out;
}
