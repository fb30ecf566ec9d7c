import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

// Each example is a template `steps` list (plus `output` where it shows how
// to link the result); the examples test parses every one and runs it.

const container = {
  name: 'web',
  image: 'ghcr.io/acme/web:1.4.2',
  ports: [{ name: 'http', containerPort: 8080 }],
  resources: {
    requests: { cpu: '250m', memory: '256Mi' },
    limits: { cpu: '500m', memory: '512Mi' },
  },
};

/**
 * Examples of `karmada:workload:create`, shown in the action listing.
 *
 * @public
 */
export const examples: TemplateExample[] = [
  {
    description:
      'Run three copies on two named clusters (Duplicated), linked to a catalog component, with links to its Multicloud tab',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'web',
              description: 'Storefront web tier',
              owner: 'group:default/team-a',
              entityRef: 'component:default/web',
              kubernetesId: 'web',
              placement: {
                mode: 'clusters',
                clusterNames: ['member1', 'member2'],
              },
              replicas: 3,
              scheduling: { type: 'Duplicated' },
              containers: [container],
            },
          },
        },
      ],
      output: {
        links: [
          {
            title: 'Multicloud placement',
            url: '${{ steps.create.output.multicloudUrl }}',
          },
          {
            title: 'Open in catalog',
            icon: 'catalog',
            entityRef: '${{ steps.create.output.entityRef }}',
          },
        ],
      },
    }),
  },
  {
    description:
      'Spread six replicas over two AWS and GCP regions in Europe (designated area, Aggregated)',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'checkout',
              placement: {
                mode: 'area',
                area: {
                  providers: ['aws', 'gcp'],
                  regions: ['eu-west-1', 'europe-west4'],
                },
                spreadByRegion: { minGroups: 2, maxGroups: 2 },
              },
              replicas: 6,
              scheduling: { type: 'Aggregated' },
              containers: [{ ...container, name: 'checkout' }],
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Choose clusters by label, leave one out, tolerate a maintenance taint, and divide replicas by free capacity (DynamicWeight)',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'api',
              placement: {
                mode: 'labels',
                labels: [
                  { key: 'env', operator: 'Equal', value: 'prod' },
                  { key: 'tier', operator: 'In', values: ['gold', 'silver'] },
                ],
                exclude: ['member3'],
                tolerations: [
                  {
                    key: 'maintenance',
                    operator: 'Exists',
                    effect: 'NoSchedule',
                  },
                ],
              },
              replicas: 10,
              scheduling: { type: 'DynamicWeight' },
              containers: [{ ...container, name: 'api' }],
            },
          },
        },
      ],
    }),
  },
  {
    description: 'Split replicas 2:1 between two clusters with static weights',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'worker',
              placement: {
                mode: 'clusters',
                clusterNames: ['member1', 'member2'],
              },
              replicas: 6,
              scheduling: {
                type: 'StaticWeight',
                weights: [
                  { clusterNames: ['member1'], weight: 2 },
                  { clusterNames: ['member2'], weight: 1 },
                ],
              },
              containers: [{ ...container, name: 'worker' }],
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Differential configuration: a cluster in China pulls from a local mirror and gets its own settings (rendered as an OverridePolicy)',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'web',
              placement: {
                mode: 'clusters',
                clusterNames: ['member1', 'member2'],
              },
              replicas: 2,
              containers: [
                {
                  ...container,
                  env: [{ name: 'REGION', value: 'global' }],
                  envFrom: [{ configMapRef: { name: 'web-config' } }],
                },
              ],
              differential: [
                {
                  clusters: ['member2'],
                  image: { registry: 'registry.cn-hangzhou.aliyuncs.com' },
                  env: [{ name: 'REGION', value: 'cn' }],
                  resources: { limits: { cpu: '1', memory: '1Gi' } },
                },
              ],
            },
          },
        },
      ],
    }),
  },
  {
    description:
      "Staged and forced: hold dispatching until Karmada's real scheduling is compared with the preview, and take over fields someone changed with kubectl",
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            staged: true,
            force: true,
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'web',
              placement: {
                mode: 'clusters',
                clusterNames: ['member1', 'member2'],
              },
              replicas: 4,
              scheduling: { type: 'DynamicWeight' },
              containers: [container],
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Dry run (the template editor): the same step applies with dryRun=All, writes nothing, and outputs the rendered manifests',
    example: yaml.stringify({
      steps: [
        {
          id: 'create',
          name: 'Create the multicloud workload',
          action: 'karmada:workload:create',
          input: {
            spec: {
              instance: 'local',
              namespace: 'team-a',
              name: 'web',
              placement: { mode: 'clusters', clusterNames: ['member1'] },
              containers: [container],
            },
          },
        },
      ],
      output: {
        text: [
          {
            title: 'Manifests',
            content: '```yaml\n${{ steps.create.output.manifests }}\n```',
          },
        ],
      },
    }),
  },
];
