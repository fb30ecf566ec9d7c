// SEMANTICS §8.4 step 3 (spreadconstraint/select_groups.go): a depth-first
// search for combinations of groups (regions) that reach the cluster target
// within [minGroups, maxGroups], then the best path by weight, value and
// discovery order, preferring a path's strict prefix.
import { compareGoStrings } from './framework';

/** A group (region) with its cluster count and score. */
export interface GroupInfo {
  readonly name: string;
  /** Number of clusters. */
  readonly value: number;
  /** Group score. */
  readonly weight: number;
}

interface Path {
  readonly id: number;
  readonly groups: GroupInfo[];
  readonly weight: number;
  readonly value: number;
}

/** Thrown when the search would take longer than Karmada can reasonably run. */
export class GroupSearchTooLarge extends Error {}

const MAX_STEPS = 2_000_000;

function byWeightThenName(a: GroupInfo, b: GroupInfo): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  return compareGoStrings(a.name, b.name);
}

function findFeasiblePaths(
  groups: GroupInfo[],
  min: number,
  max: number,
  target: number,
): Path[] {
  const sorted = [...groups].sort((a, b) => {
    if (a.value !== b.value) return a.value - b.value;
    if (a.weight !== b.weight) return b.weight - a.weight;
    return compareGoStrings(a.name, b.name);
  });
  const paths: Path[] = [];
  const current: GroupInfo[] = [];
  let nextId = 0;
  let steps = 0;
  const dfs = (sum: number, begin: number): void => {
    if (++steps > MAX_STEPS) throw new GroupSearchTooLarge();
    if (sum >= target && current.length >= min && current.length <= max) {
      const chosen = [...current].sort(byWeightThenName);
      let weight = 0;
      let value = 0;
      for (const g of chosen) {
        weight += g.weight;
        value += g.value;
      }
      paths.push({ id: ++nextId, groups: chosen, weight, value });
      return;
    }
    if (current.length >= max) return;
    for (let i = begin; i < sorted.length; i++) {
      current.push(sorted[i]);
      dfs(sum + sorted[i].value, i + 1);
      // With exactly minGroups groups only the all-groups path is explored
      // (and, as in Karmada, the group is not popped before breaking out).
      if (sorted.length === min) break;
      current.pop();
    }
  };
  dfs(0, 0);
  return paths;
}

function isStrictPrefix(path: Path, sub: Path): boolean {
  if (sub.groups.length >= path.groups.length) return false;
  return sub.groups.every((g, i) => path.groups[i].name === g.name);
}

function prioritize(paths: Path[]): Path {
  if (paths.length === 1) return paths[0];
  const sorted = [...paths].sort((a, b) => {
    if (a.weight !== b.weight) return b.weight - a.weight;
    if (a.value !== b.value) return b.value - a.value;
    return a.id - b.id;
  });
  let best = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    if (isStrictPrefix(best, sorted[i])) best = sorted[i];
  }
  return best;
}

/**
 * `selectGroups(groups, minGroups, maxGroups, target)`: the chosen groups in
 * path order (weight descending, then name), or an empty list when no
 * combination satisfies the constraints.
 */
export function selectGroups(
  groups: GroupInfo[],
  min: number,
  max: number,
  target: number,
): GroupInfo[] {
  if (groups.length === 0) return [];
  const paths = findFeasiblePaths(groups, min, max, target);
  if (paths.length === 0) return [];
  return prioritize(paths).groups;
}
