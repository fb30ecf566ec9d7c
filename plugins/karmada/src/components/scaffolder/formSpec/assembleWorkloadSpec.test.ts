import { validateWorkloadSpec } from '@karmada-backstage/plugin-karmada-common';
import { assembleWorkloadSpec } from './assembleWorkloadSpec';
import { findPlacementValue } from './findPlacementValue';

const workload = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 2,
  placement: { mode: 'clusters', clusterNames: ['member1'] },
  scheduling: { type: 'Duplicated' },
  scheduledClusters: ['member1'],
};

describe('assembleWorkloadSpec', () => {
  it('builds the workload spec the template sends, probes lifted into the container', () => {
    const spec = assembleWorkloadSpec({
      workload,
      description: 'Web front end',
      owner: 'group:default/web-team',
      entity: 'component:default/storefront',
      container: {
        name: 'main',
        image: 'nginx:1.27',
        ports: [{ containerPort: 80 }],
        healthChecks: { readinessProbe: { httpGet: { path: '/', port: 80 } } },
      },
      imagePullSecrets: [],
      advanced: { strategy: { type: 'Recreate' } },
      differential: [{ clusters: ['member1'], image: { tag: '1.28' } }],
      review: { summary: 'x' },
    });
    expect(spec).toEqual({
      instance: 'local',
      namespace: 'team-a',
      name: 'web',
      description: 'Web front end',
      owner: 'group:default/web-team',
      entityRef: 'component:default/storefront',
      replicas: 2,
      placement: workload.placement,
      scheduling: workload.scheduling,
      containers: [
        {
          name: 'main',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80 }],
          readinessProbe: { httpGet: { path: '/', port: 80 } },
        },
      ],
      advanced: { strategy: { type: 'Recreate' } },
      differential: [{ clusters: ['member1'], image: { tag: '1.28' } }],
    });
    expect(() => validateWorkloadSpec(spec)).not.toThrow();
  });

  it('uses the keys a template names', () => {
    const spec = assembleWorkloadSpec(
      { basics: workload, app: { name: 'c', image: 'busybox' } },
      { placementField: 'basics', containerField: 'app' },
    );
    expect(spec).toMatchObject({
      name: 'web',
      containers: [{ name: 'c', image: 'busybox' }],
    });
  });

  it('finds the placement field by its shape', () => {
    expect(findPlacementValue({ other: 1, somewhere: workload })).toBe(
      workload,
    );
    expect(findPlacementValue({ other: { placement: 'no' } })).toBeUndefined();
  });
});
