import fc from 'fast-check';
import { applyOverridePolicies } from '../overrides';
import { validateWorkloadSpec, workloadSpecIssues } from '../spec';
import {
  arbitraryWorkloadSpec,
  CLUSTER_POOL,
} from './__testUtils__/arbitraryWorkloadSpec';
import {
  expectedEffectiveDeployment,
  withoutEmptyLists,
} from './__testUtils__/expectedEffectiveDeployment';
import { renderWorkload } from './renderWorkload';

// Round trip through Karmada's override semantics: render the spec, apply the
// rendered OverridePolicy with the override engine, and every cluster gets
// exactly what the spec's differential configuration asked for.
describe('rendered OverridePolicy, applied by the override engine', () => {
  it('gives each cluster exactly its differential configuration, and the rest the template', () => {
    fc.assert(
      fc.property(arbitraryWorkloadSpec, input => {
        const { issues } = workloadSpecIssues(input);
        expect(issues).toEqual([]);
        const spec = validateWorkloadSpec(input);
        const { deployment, overridePolicy } = renderWorkload(input);
        for (const cluster of CLUSTER_POOL) {
          const targeted = (spec.differential ?? []).some(i =>
            i.clusters.includes(cluster),
          );
          const { resource, applied } = applyOverridePolicies(
            deployment,
            { metadata: { name: cluster } },
            overridePolicy ? [overridePolicy] : [],
          );
          // One rule per cluster at most, so no rule ever undoes another's work.
          expect(applied.length).toBeLessThanOrEqual(1);
          // Untargeted clusters get the template exactly; targeted ones what the spec asked for.
          const expected = targeted
            ? expectedEffectiveDeployment(spec, deployment, cluster)
            : deployment;
          expect(withoutEmptyLists(resource)).toEqual(
            withoutEmptyLists(expected),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
