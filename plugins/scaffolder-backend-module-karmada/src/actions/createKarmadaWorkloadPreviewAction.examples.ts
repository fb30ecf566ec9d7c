import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/**
 * Examples of `karmada:workload:preview`, shown in the action listing.
 *
 * @public
 */
export const examples: TemplateExample[] = [
  {
    description:
      'Preview a workload spec (labels, an excluded cluster, DynamicWeight) and show the result on the task page',
    example: yaml.stringify({
      steps: [
        {
          id: 'preview',
          name: 'Preview the placement',
          action: 'karmada:workload:preview',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'web',
              placement: {
                mode: 'labels',
                labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
                exclude: ['member3'],
              },
              replicas: 5,
              scheduling: { type: 'DynamicWeight' },
              containers: [
                {
                  name: 'web',
                  image: 'ghcr.io/acme/web:1.4.2',
                  resources: { requests: { cpu: '500m', memory: '512Mi' } },
                },
              ],
            },
          },
        },
      ],
      output: {
        text: [
          {
            title: 'Placement preview',
            content:
              'Schedulable: ${{ steps.preview.output.schedulable }}\n\nClusters: ${{ steps.preview.output.clusters | dump }}\n\nLeft out: ${{ steps.preview.output.leftOut | dump }}',
          },
        ],
      },
    }),
  },
  {
    description:
      'Preview a raw Karmada placement (as in a PropagationPolicy): one cluster per region over at least two regions, weighted by free capacity',
    example: yaml.stringify({
      steps: [
        {
          id: 'preview',
          name: 'Preview the placement',
          action: 'karmada:workload:preview',
          input: {
            instance: 'local',
            replicas: 6,
            replicaRequirements: {
              resourceRequest: { cpu: '250m', memory: '256Mi' },
            },
            placement: {
              clusterAffinity: {
                labelSelector: { matchLabels: { env: 'prod' } },
              },
              clusterTolerations: [
                {
                  key: 'maintenance',
                  operator: 'Exists',
                  effect: 'NoSchedule',
                },
              ],
              spreadConstraints: [
                { spreadByField: 'region', minGroups: 2, maxGroups: 2 },
                { spreadByField: 'cluster', minGroups: 2, maxGroups: 2 },
              ],
              replicaScheduling: {
                replicaSchedulingType: 'Divided',
                replicaDivisionPreference: 'Weighted',
                weightPreference: { dynamicWeight: 'AvailableReplicas' },
              },
            },
          },
        },
      ],
    }),
  },
];
