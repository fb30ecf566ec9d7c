// ClusterAffinity filter (plugins/clusteraffinity): the inline
// clusterAffinity, or the clusterAffinities term being tried plus, for
// workloads, its overflow affinities; a cluster must match one of them.
import type {
  ClusterAffinity,
  ClusterAffinityTerm,
  Placement,
} from '../../types';
import type { ExplanationReason, FilterPlugin } from '../framework';
import type { FilterContext } from '../filterContext';
import { CompiledAffinity, compileAffinity } from '../compileAffinity';
import type { FleetSnapshot } from '../snapshot';

/** Karmada's reason text. */
export const CLUSTER_AFFINITY_REASON =
  'cluster(s) did not match the placement cluster affinity constraint';

/** The `clusterAffinities` term Karmada uses for an affinity name: the first with that name. */
export function findAffinityTerm(
  placement: Placement,
  affinityName: string | undefined,
): ClusterAffinityTerm | undefined {
  return placement.clusterAffinities?.find(
    t => t.affinityName === (affinityName ?? ''),
  );
}

/** One affinity in force, named for explanations. */
export interface AffinityInForce {
  label: string;
  compiled: CompiledAffinity;
}

function termAffinity(term: ClusterAffinityTerm): ClusterAffinity {
  const { labelSelector, fieldSelector, clusterNames, exclude } = term;
  return { labelSelector, fieldSelector, clusterNames, exclude };
}

/**
 * The affinities the filter tests, or undefined when none applies (every
 * cluster passes).
 */
export function affinitiesInForce(
  placement: Placement,
  affinityName: string | undefined,
  isWorkload: boolean,
  snapshot: FleetSnapshot,
): AffinityInForce[] | undefined {
  if (placement.clusterAffinity) {
    return [
      {
        label: 'clusterAffinity',
        compiled: compileAffinity(placement.clusterAffinity, snapshot),
      },
    ];
  }
  const term = findAffinityTerm(placement, affinityName);
  if (!term) return undefined;
  const out = [
    {
      label: `affinity "${term.affinityName}"`,
      compiled: compileAffinity(termAffinity(term), snapshot),
    },
  ];
  // Overflow groups only admit clusters for workloads (non-workloads use no compute).
  if (isWorkload) {
    for (const overflow of term.overflowAffinities ?? []) {
      out.push({
        label: `overflow affinity "${overflow.affinityName}"`,
        compiled: compileAffinity(overflow, snapshot),
      });
    }
  }
  return out;
}

/** Instantiates the ClusterAffinity filter for one request and affinity term. */
export function createClusterAffinityFilter(ctx: FilterContext): FilterPlugin {
  const affinities = affinitiesInForce(
    ctx.placement,
    ctx.affinityName,
    ctx.isWorkload,
    ctx.snapshot,
  );
  const { reason } = ctx.reasons.family(
    'filter',
    'ClusterAffinity',
    CLUSTER_AFFINITY_REASON,
  );
  // A cluster passes when it matches any affinity in force: one mask for all.
  let pass: Uint8Array | undefined;
  if (affinities) {
    pass = new Uint8Array(ctx.snapshot.clusters.length);
    for (const a of affinities) {
      const mask = a.compiled.mask();
      for (let i = 0; i < pass.length; i++) pass[i] |= mask[i];
    }
  }
  const explain = (i: number): ExplanationReason => {
    const all = affinities ?? [];
    if (all.length === 1) return reason(all[0].compiled.explain(i));
    return reason(
      `matches none of: ${all
        .map(a => `${a.label} (${a.compiled.explain(i)})`)
        .join('; ')}`,
    );
  };
  return {
    name: 'ClusterAffinity',
    filter: i => (!pass || pass[i] === 1 ? undefined : explain(i)),
    filterAll: () => {
      const n = ctx.snapshot.clusters.length;
      const out: Array<ExplanationReason | undefined> = new Array(n);
      if (pass)
        for (let i = 0; i < n; i++) if (pass[i] === 0) out[i] = explain(i);
      return out;
    },
  };
}
