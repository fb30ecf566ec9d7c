// SEMANTICS §8.3 (spreadconstraint/select_clusters_by_cluster.go).
import type { SpreadConstraint } from '../types';
import type { Candidate } from './groupClusters';
import type { SelectionOutcome } from './selectClusters';

const INVALID_REPLICAS = -1;

function total(clusters: readonly Candidate[]): number {
  let sum = 0;
  for (const c of clusters) sum += c.available;
  return sum;
}

// selectClustersByAvailableResource: keep the first `needCount`; while they
// lack room, walk the kept list backwards and swap each for the not-kept
// cluster with the most room (strictly more than the kept one's).
function selectByAvailableResource(
  candidates: readonly Candidate[],
  needCount: number,
  needReplicas: number,
): { kept: Candidate[]; swappedOut: Candidate[] } | undefined {
  const kept = candidates.slice(0, needCount);
  const rest = candidates.slice(needCount);
  const swappedOut: Candidate[] = [];
  for (let k = kept.length - 1; total(kept) < needReplicas && k >= 0; k--) {
    let best = -1;
    let most = kept[k].available;
    for (let r = 0; r < rest.length; r++) {
      if (rest[r].available > most) {
        best = r;
        most = rest[r].available;
      }
    }
    if (best < 0) continue;
    swappedOut.push(kept[k]);
    [kept[k], rest[best]] = [rest[best], kept[k]];
  }
  if (total(kept) < needReplicas) return undefined;
  return { kept, swappedOut };
}

/** `selectBestClustersByCluster` over candidates in §8.1 order. */
export function selectBestClustersByCluster(
  constraint: SpreadConstraint,
  candidates: readonly Candidate[],
  needReplicas: number,
): SelectionOutcome {
  const minGroups = constraint.minGroups ?? 0;
  const maxGroups = constraint.maxGroups ?? 0;
  if (candidates.length < minGroups) {
    return {
      error:
        'the number of feasible clusters is less than spreadConstraint.MinGroups',
      note: `only ${candidates.length} clusters fit; the cluster spread constraint needs at least ${minGroups}`,
    };
  }
  const needCount = Math.min(candidates.length, maxGroups);
  const limit =
    maxGroups === 0
      ? 'spread limit: maxGroups is 0 (unset), so Karmada selects no cluster'
      : `spread limit: at most ${maxGroups} cluster${
          maxGroups === 1 ? '' : 's'
        }`;
  if (needReplicas === INVALID_REPLICAS) {
    return { selected: candidates.slice(0, needCount), notSelectedNote: limit };
  }
  const picked =
    needCount > 0
      ? selectByAvailableResource(candidates, needCount, needReplicas)
      : undefined;
  if (!picked || picked.kept.length === 0) {
    const kept = candidates.slice(0, needCount);
    return {
      error: `no enough resource when selecting ${needCount} clusters`,
      note:
        needCount === 0
          ? limit
          : `the ${needCount} cluster(s) allowed (maxGroups ${maxGroups}) have room for ${total(
              kept,
            )} of ${needReplicas} replicas`,
    };
  }
  return {
    selected: picked.kept,
    notSelectedNote: limit,
    swappedOut: picked.swappedOut,
    swapNote: `swapped out for a cluster with more room (${needReplicas} replicas needed within ${maxGroups} clusters)`,
  };
}
