import type { WorkloadSpecInput } from '../workloadSpecSchema';

/**
 * A small valid spec the tests mutate: two named clusters, one container
 * with a port, an env reference and resources.
 */
export function baseSpec(): WorkloadSpecInput {
  return {
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
    replicas: 2,
    scheduling: { type: 'Duplicated' },
    containers: [
      {
        name: 'web',
        image: 'nginx:1.25',
        ports: [{ name: 'http', containerPort: 80 }],
        env: [{ name: 'MODE', value: 'prod' }],
        resources: {
          requests: { cpu: '100m', memory: '128Mi' },
          limits: { cpu: '500m', memory: '256Mi' },
        },
      },
    ],
  };
}
