// APIEnablement filter (plugins/apienablement): a cluster must serve the
// workload's API. The CompleteAPIEnablements condition only changes whether
// the status is "disabled" or "unknown"; either way the cluster is out.
import type { ExplanationReason, FilterPlugin } from '../framework';
import type { FilterContext } from '../filterContext';

/** Karmada's reason text. */
export const API_ENABLEMENT_REASON = 'cluster(s) did not have the API resource';

/** Instantiates the APIEnablement filter for one request. */
export function createApiEnablementFilter(ctx: FilterContext): FilterPlugin {
  const disabled = ctx.reasons.get(
    'filter',
    'APIEnablement',
    API_ENABLEMENT_REASON,
    'no apps/v1 Deployment API',
  );
  const unknown = ctx.reasons.get(
    'filter',
    'APIEnablement',
    API_ENABLEMENT_REASON,
    'no apps/v1 Deployment API in its (incomplete) API list',
  );
  const noStatus = ctx.reasons.get(
    'filter',
    'APIEnablement',
    API_ENABLEMENT_REASON,
    'no apps/v1 Deployment API (the cluster reports no APIs)',
  );
  const { deploymentApi } = ctx.snapshot.index.flags;
  const byCode = [undefined, disabled, unknown, noStatus];
  const filter = (i: number) => byCode[deploymentApi[i]];
  return {
    name: 'APIEnablement',
    filter,
    filterAll: () => {
      const out: Array<ExplanationReason | undefined> = new Array(
        deploymentApi.length,
      );
      for (let i = 0; i < out.length; i++) out[i] = byCode[deploymentApi[i]];
      return out;
    },
  };
}
