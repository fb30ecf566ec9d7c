import type { z } from 'zod';
import type { placementSpecSchema } from '../schemas/placementSchema';
import type { schedulingSpecSchema } from '../schemas/schedulingSchema';
import type { SpecIssue } from './podRules';

type PlacementSpec = z.infer<typeof placementSpecSchema>;
type SchedulingSpec = z.infer<typeof schedulingSpecSchema>;

/**
 * The clusters a placement can ever choose when every selection (the primary
 * one and each fallback) names its clusters; undefined when some selection
 * uses an area or labels, which only the fleet can resolve.
 *
 * @public
 */
export function nameBasedClusters(placement: {
  mode: string;
  clusterNames?: string[];
  exclude?: string[];
  fallbacks?: Array<{
    mode: string;
    clusterNames?: string[];
    exclude?: string[];
  }>;
}): string[] | undefined {
  const selections = [placement, ...(placement.fallbacks ?? [])];
  if (selections.some(s => s.mode !== 'clusters')) return undefined;
  const out = new Set<string>();
  for (const s of selections) {
    const excluded = new Set([
      ...(placement.exclude ?? []),
      ...(s === placement ? [] : s.exclude ?? []),
    ]);
    for (const name of s.clusterNames ?? [])
      if (!excluded.has(name)) out.add(name);
  }
  return [...out];
}

/**
 * Rules between placement and replica scheduling that Karmada would accept
 * but not honour.
 *
 * @public
 */
export function placementIssues(spec: {
  placement: PlacementSpec;
  scheduling: SchedulingSpec;
}): SpecIssue[] {
  const { placement, scheduling } = spec;
  const issues: SpecIssue[] = [];
  if (scheduling.type === 'StaticWeight') {
    // Karmada skips spread-constraint selection for static weights
    // (SelectBestClusters, karmada-io/karmada#3184): the limits would be ignored.
    for (const field of ['spreadByRegion', 'spreadByCluster'] as const) {
      if (placement[field]) {
        issues.push({
          path: ['placement', field],
          message:
            'is ignored by Karmada with static weights: choose another replica scheduling or remove it',
        });
      }
    }
  }
  const chosen = nameBasedClusters(placement);
  if (chosen) {
    (scheduling.weights ?? []).forEach((w, wi) => {
      (w.clusterNames ?? []).forEach((name, ni) => {
        if (!chosen.includes(name)) {
          issues.push({
            path: ['scheduling', 'weights', wi, 'clusterNames', ni],
            message: `cluster "${name}" is not among the clusters the placement can choose (${
              chosen.join(', ') || 'none'
            })`,
          });
        }
      });
    });
  }
  return issues;
}
