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
  maxSteps: number,
): { paths: Path[]; truncated: boolean } {
  const sorted = [...groups].sort((a, b) => {
    if (a.value !== b.value) return a.value - b.value;
    if (a.weight !== b.weight) return b.weight - a.weight;
    return compareGoStrings(a.name, b.name);
  });
  const paths: Path[] = [];
  const current: GroupInfo[] = [];
  let nextId = 0;
  let steps = 0;
  let truncated = false;
  const dfs = (sum: number, begin: number): void => {
    if (++steps > maxSteps) throw new GroupSearchTooLarge();
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
    if (current.length >= max) {
      // maxGroups stops a branch that more groups could have continued.
      if (begin < sorted.length) truncated = true;
      return;
    }
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
  return { paths, truncated };
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

/** What the search chose, and whether `maxGroups` cut any branch short. */
export interface GroupSearch {
  /** The chosen groups in path order; empty when none satisfy the constraints. */
  chosen: GroupInfo[];
  /**
   * Some combination reached maxGroups groups without meeting the target,
   * where more groups could have followed. Without it, a larger maxGroups
   * would explore the same paths and choose the same groups.
   */
  truncated: boolean;
}

/**
 * `selectGroups` with what the explanations need to know about the search.
 * Throws GroupSearchTooLarge beyond `maxSteps` search steps.
 */
export function searchGroups(
  groups: GroupInfo[],
  min: number,
  max: number,
  target: number,
  maxSteps = MAX_STEPS,
): GroupSearch {
  if (groups.length === 0) return { chosen: [], truncated: false };
  const { paths, truncated } = findFeasiblePaths(
    groups,
    min,
    max,
    target,
    maxSteps,
  );
  if (paths.length === 0) return { chosen: [], truncated };
  return { chosen: prioritize(paths).groups, truncated };
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
  return searchGroups(groups, min, max, target).chosen;
}
