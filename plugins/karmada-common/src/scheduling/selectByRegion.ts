// SEMANTICS §8.4 (spreadconstraint/select_clusters_by_region.go and
// group_clusters.go: generateRegionInfo, calcGroupScore).
import type { Placement, SpreadConstraint } from '../types';
import type { FleetSnapshot } from './snapshot';
import type { Candidate } from './groupClusters';
import { compareCandidates } from './groupClusters';
import { replicaSchedulingType } from './defaults';
import {
  GroupInfo,
  GroupSearch,
  GroupSearchTooLarge,
  searchGroups,
} from './selectGroups';
import type { SelectionOutcome } from './selectClusters';

const WEIGHT_UNIT = 1000;

// calcGroupScore with every cluster score at 0 (a fresh binding).
function groupScore(
  clusters: readonly Candidate[],
  placement: Placement,
  replicas: number,
  regionMinGroups: number,
): number {
  if (replicaSchedulingType(placement) === 'Duplicated') {
    const valid = clusters.filter(c => c.available >= replicas).length;
    return valid * WEIGHT_UNIT;
  }
  const target = Math.ceil(replicas / regionMinGroups);
  let clusterMinGroups = 0;
  for (const sc of placement.spreadConstraints ?? []) {
    if (sc.spreadByField === 'cluster') clusterMinGroups = sc.minGroups ?? 0;
  }
  const need = Math.max(clusterMinGroups, regionMinGroups);
  let sum = 0;
  let counted = 0;
  for (const c of clusters) {
    sum += c.available;
    counted++;
    if (counted >= need && sum >= target) break;
  }
  return (sum < target ? sum : target) * WEIGHT_UNIT;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// Enough for any realistic fleet; beyond it the check below falls back to
// comparing the number of chosen regions with the maximum.
const UNBOUNDED_SEARCH_STEPS = 20_000;

/**
 * Whether `region.maxGroups` decided which regions were chosen: the search
 * without that limit would choose otherwise. The search stops adding regions
 * once a combination meets the minimums, so a maximum that cut no branch
 * short changes nothing.
 */
function maxGroupsBound(
  groups: GroupInfo[],
  search: GroupSearch,
  regionMin: number,
  regionMax: number,
  clusterMin: number,
): boolean {
  if (!search.truncated || groups.length <= regionMax) return false;
  const chosen = search.chosen;
  try {
    const unbounded = searchGroups(
      groups,
      regionMin,
      groups.length,
      clusterMin,
      UNBOUNDED_SEARCH_STEPS,
    ).chosen;
    return (
      unbounded.length !== chosen.length ||
      unbounded.some((g, k) => g.name !== chosen[k].name)
    );
  } catch (e) {
    if (e instanceof GroupSearchTooLarge) return chosen.length >= regionMax;
    throw e;
  }
}

// One note per region left out, shared by its clusters (built on first use:
// only explanations need them).
function regionNotesOf(
  groups: GroupInfo[],
  search: GroupSearch,
  regionNames: readonly string[],
  limits: { regionMin: number; regionMax: number; clusterMin: number },
): (regionId: number) => string | undefined {
  let notes: Array<string | undefined> | undefined;
  return regionId => {
    if (!notes) {
      const { regionMin, regionMax, clusterMin } = limits;
      const chosenNames = search.chosen.map(g => g.name);
      const chosen = chosenNames.join(', ');
      const limit = (words: string) => (region: string) =>
        `spread limit: ${words} (region ${region} not chosen; chosen: ${chosen})`;
      let why: (region: string) => string;
      if (regionMin === regionMax) {
        why = limit(`exactly ${plural(regionMax, 'region')}`);
      } else if (
        maxGroupsBound(groups, search, regionMin, regionMax, clusterMin)
      ) {
        why = limit(`at most ${plural(regionMax, 'region')}`);
      } else {
        // §8.4 step 3: the path search records a combination as soon as it
        // meets both minimums, and prefers a shorter prefix of the best one.
        const needs = `at least ${plural(regionMin, 'region')} and ${plural(
          clusterMin,
          'cluster',
        )}`;
        why = region =>
          `region ${region} not chosen: Karmada adds regions only until the spread constraints are met (${needs}), preferring regions with more room; chosen: ${chosen}`;
      }
      notes = regionNames.map(region =>
        chosenNames.includes(region) ? undefined : why(region),
      );
    }
    return notes[regionId];
  };
}

/** `selectBestClustersByRegion` over the candidates (in any order). */
export function selectBestClustersByRegion(
  constraints: ReadonlyMap<string, SpreadConstraint>,
  candidates: readonly Candidate[],
  snapshot: FleetSnapshot,
  placement: Placement,
  replicas: number,
): SelectionOutcome {
  const regionConstraint = constraints.get('region') ?? {};
  const clusterConstraint = constraints.get('cluster') ?? {};
  const regionMin = regionConstraint.minGroups ?? 0;
  const regionMax = regionConstraint.maxGroups ?? 0;
  const clusterMin = clusterConstraint.minGroups ?? 0;
  const clusterMax = clusterConstraint.maxGroups ?? 0;

  // Group by the snapshot's interned region ids (no string keys per cluster).
  const { column: regionOf, values: regionNames } = snapshot.index.region;
  const byId: Candidate[][] = [];
  for (const c of candidates) {
    const id = regionOf[c.index];
    if (id < 0) continue;
    (byId[id] ??= []).push(c);
  }
  const regions = new Map<string, Candidate[]>();
  byId.forEach((list, id) => regions.set(regionNames[id], list));
  if (regions.size < regionMin) {
    return {
      error:
        'the number of feasible region is less than spreadConstraint.MinGroups',
      note: `only ${regions.size} region(s) have a fitting cluster; the region spread constraint needs at least ${regionMin}`,
    };
  }
  const groups: GroupInfo[] = [...regions].map(([name, list]) => ({
    name,
    value: list.length,
    weight: groupScore(list, placement, replicas, regionMin),
  }));
  const search = searchGroups(groups, regionMin, regionMax, clusterMin);
  const chosen = search.chosen;
  if (chosen.length === 0) {
    return {
      error:
        'the number of clusters is less than the cluster spreadConstraint.MinGroups',
      note:
        regionMax === 0
          ? 'no regions can be chosen: the region spread constraint has maxGroups 0 (unset)'
          : `no ${regionMin}–${regionMax} regions together have the ${clusterMin} cluster(s) the cluster spread constraint needs`,
    };
  }
  // Only the chosen regions need the §8.1 order (group scores do not depend
  // on it): their best cluster first, the rest into the pool.
  const selected: Candidate[] = [];
  const pool: Candidate[] = [];
  for (const g of chosen) {
    const list = [...(regions.get(g.name) ?? [])].sort(compareCandidates);
    selected.push(list[0]);
    pool.push(...list.slice(1));
  }
  const needCount = Math.min(pool.length + selected.length, clusterMax);
  const rest = needCount - selected.length;
  if (rest > 0) selected.push(...pool.sort(compareCandidates).slice(0, rest));
  const regionNotes = regionNotesOf(groups, search, regionNames, {
    regionMin,
    regionMax,
    clusterMin,
  });
  return {
    selected,
    notSelectedNote: `spread limit: at most ${clusterMax} cluster${
      clusterMax === 1 ? '' : 's'
    }`,
    notSelectedNoteOf: index =>
      regionOf[index] < 0 ? undefined : regionNotes(regionOf[index]),
  };
}
