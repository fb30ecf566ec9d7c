// SpreadConstraint filter (plugins/spreadconstraint): spreading by provider,
// region or zone needs the cluster to have that property; `cluster` and
// `spreadByLabel` constraints filter nothing.
import type { ExplanationReason, FilterPlugin } from '../framework';
import type { FilterContext } from '../filterContext';

const KARMADA_REASON = {
  provider: 'cluster(s) did not have provider property',
  region: 'cluster(s) did not have region property',
  zone: 'cluster(s) did not have zones property',
} as const;

/** Instantiates the SpreadConstraint filter for one request. */
export function createSpreadConstraintFilter(ctx: FilterContext): FilterPlugin {
  const fields = (ctx.placement.spreadConstraints ?? []).map(
    c => c.spreadByField ?? '',
  );
  const reason = (field: keyof typeof KARMADA_REASON, message: string) =>
    ctx.reasons.get(
      'filter',
      'SpreadConstraint',
      KARMADA_REASON[field],
      message,
    );
  const noProvider = reason(
    'provider',
    'no provider set (spreading by provider needs one)',
  );
  const noRegion = reason(
    'region',
    'no region set (spreading by region needs one)',
  );
  const noZones = reason(
    'zone',
    'no zones set (spreading by zone needs spec.zones)',
  );
  const { hasProvider, hasRegion, hasZones } = ctx.snapshot.index.flags;
  const checks: Array<[Uint8Array, ExplanationReason]> = [];
  for (const field of fields) {
    if (field === 'provider') checks.push([hasProvider, noProvider]);
    else if (field === 'region') checks.push([hasRegion, noRegion]);
    else if (field === 'zone') checks.push([hasZones, noZones]);
  }
  const filter = (i: number): ExplanationReason | undefined => {
    for (let k = 0; k < checks.length; k++)
      if (checks[k][0][i] === 0) return checks[k][1];
    return undefined;
  };
  return {
    name: 'SpreadConstraint',
    filter,
    filterAll: () => {
      const out: Array<ExplanationReason | undefined> = new Array(
        hasZones.length,
      );
      if (checks.length === 0) return out;
      for (let i = 0; i < out.length; i++) out[i] = filter(i);
      return out;
    },
  };
}
