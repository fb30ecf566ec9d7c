import { validateWorkloadSpec } from '../spec';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import { renderPropagationPolicy } from './renderPropagationPolicy';

describe('renderPropagationPolicy', () => {
  it.each([
    [true, true],
    [false, undefined],
  ])(
    'propagateDependencies %p → propagateDeps %p',
    (propagateDependencies, expected) => {
      const spec = validateWorkloadSpec({
        ...baseSpec(),
        propagateDependencies,
      });
      const policy = renderPropagationPolicy(spec, {
        initiator: 'user:default/jane',
      });
      expect(policy.spec.propagateDeps).toBe(expected);
      expect(policy).toMatchObject({
        apiVersion: 'policy.karmada.io/v1alpha1',
        kind: 'PropagationPolicy',
        metadata: {
          name: 'web',
          namespace: 'team-a',
          labels: {
            'backstage.io/kubernetes-id': 'web',
            'app.kubernetes.io/managed-by': 'backstage-karmada',
          },
          annotations: {
            'karmada.backstage.io/created-by': 'user:default/jane',
          },
        },
        spec: {
          // Exactly this Deployment, nothing else in the namespace.
          resourceSelectors: [
            { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
          ],
          placement: {
            clusterAffinity: { clusterNames: ['member1', 'member2'] },
            replicaScheduling: { replicaSchedulingType: 'Duplicated' },
          },
        },
      });
    },
  );
});
