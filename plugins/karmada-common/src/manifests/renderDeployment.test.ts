import { validateWorkloadSpec, WorkloadSpecInput } from '../spec';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import { renderDeployment } from './renderDeployment';

function render(
  mutate: (s: WorkloadSpecInput) => void = () => {},
  options = {},
) {
  const spec = baseSpec();
  mutate(spec);
  return renderDeployment(validateWorkloadSpec(spec), options);
}

describe('renderDeployment', () => {
  it('links the workload to its entity and marks it as managed', () => {
    const d = render(
      s => {
        s.kubernetesId = 'storefront-web';
        s.description = 'The web tier';
        s.entityRef = 'component:default/storefront-web';
        s.owner = 'group:default/team-a';
        s.advanced = {
          labels: { tier: 'frontend' },
          annotations: { 'example.com/docs': 'https://docs' },
        };
      },
      {
        initiator: 'user:default/jane',
        template: 'template:default/karmada-workload',
      },
    );
    expect(d.metadata).toEqual({
      name: 'web',
      namespace: 'team-a',
      labels: {
        app: 'web',
        'backstage.io/kubernetes-id': 'storefront-web',
        'app.kubernetes.io/managed-by': 'backstage-karmada',
        tier: 'frontend',
      },
      annotations: {
        'karmada.backstage.io/description': 'The web tier',
        'karmada.backstage.io/owner': 'group:default/team-a',
        'karmada.backstage.io/entity-ref': 'component:default/storefront-web',
        'karmada.backstage.io/created-by': 'user:default/jane',
        'karmada.backstage.io/template': 'template:default/karmada-workload',
        'example.com/docs': 'https://docs',
      },
    });
  });

  it('selects its pods by app and labels them for the Kubernetes plugin', () => {
    const d = render(s => {
      s.advanced = {
        podLabels: { version: 'v1' },
        podAnnotations: { 'prometheus.io/scrape': 'true' },
      };
    });
    expect(d.spec.selector).toEqual({ matchLabels: { app: 'web' } });
    expect(d.spec.template.metadata).toEqual({
      labels: {
        app: 'web',
        'backstage.io/kubernetes-id': 'web',
        version: 'v1',
      },
      annotations: { 'prometheus.io/scrape': 'true' },
    });
    expect(d.metadata.annotations).toBeUndefined();
  });

  it.each<
    [string, NonNullable<WorkloadSpecInput['advanced']>['strategy'], unknown]
  >([
    ['no strategy', undefined, undefined],
    ['Recreate', { type: 'Recreate' }, { type: 'Recreate' }],
    [
      'RollingUpdate with defaults',
      { type: 'RollingUpdate' },
      { type: 'RollingUpdate' },
    ],
    [
      'RollingUpdate',
      { type: 'RollingUpdate', maxSurge: '50%', maxUnavailable: 0 },
      {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '50%', maxUnavailable: 0 },
      },
    ],
  ])('strategy: %s', (_what, strategy, expected) => {
    expect(
      render(s => {
        s.advanced = { strategy };
      }).spec.strategy,
    ).toEqual(expected);
  });

  it('renders the pod spec from every step', () => {
    const d = render(s => {
      s.replicas = 5;
      s.imagePullSecrets = ['regcred'];
      s.volumes = [
        {
          name: 'cfg',
          configMap: {
            name: 'web-config',
            items: [{ key: 'nginx.conf', path: 'default.conf' }],
          },
        },
        { name: 'tls', secret: { name: 'web-tls', defaultMode: 0o400 } },
        { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      ];
      s.advanced = {
        minReadySeconds: 5,
        revisionHistoryLimit: 3,
        progressDeadlineSeconds: 300,
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        nodeAffinity: {
          required: [
            {
              matchExpressions: [
                {
                  key: 'node.kubernetes.io/instance-type',
                  operator: 'In',
                  values: ['m5.large'],
                },
              ],
            },
          ],
          preferred: [
            {
              weight: 50,
              matchExpressions: [
                { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
              ],
            },
          ],
        },
        tolerations: [
          {
            key: 'dedicated',
            operator: 'Equal',
            value: 'web',
            effect: 'NoExecute',
            tolerationSeconds: 60,
          },
        ],
        dnsPolicy: 'None',
        dnsConfig: {
          nameservers: ['10.0.0.10'],
          searches: ['svc.cluster.local'],
          options: [{ name: 'ndots', value: '2' }],
        },
        hostAliases: [{ ip: '10.1.2.3', hostnames: ['db.internal'] }],
      };
    });
    expect(d.spec).toMatchObject({
      replicas: 5,
      minReadySeconds: 5,
      revisionHistoryLimit: 3,
      progressDeadlineSeconds: 300,
    });
    expect(d.spec.template.spec).toEqual({
      containers: [
        expect.objectContaining({ name: 'web', image: 'nginx:1.25' }),
      ],
      imagePullSecrets: [{ name: 'regcred' }],
      volumes: [
        {
          name: 'cfg',
          configMap: {
            name: 'web-config',
            items: [{ key: 'nginx.conf', path: 'default.conf' }],
          },
        },
        { name: 'tls', secret: { secretName: 'web-tls', defaultMode: 256 } },
        { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
      ],
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  {
                    key: 'node.kubernetes.io/instance-type',
                    operator: 'In',
                    values: ['m5.large'],
                  },
                ],
              },
            ],
          },
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 50,
              preference: {
                matchExpressions: [
                  { key: 'topology.kubernetes.io/zone', operator: 'Exists' },
                ],
              },
            },
          ],
        },
      },
      tolerations: [
        {
          key: 'dedicated',
          operator: 'Equal',
          value: 'web',
          effect: 'NoExecute',
          tolerationSeconds: 60,
        },
      ],
      dnsPolicy: 'None',
      dnsConfig: {
        nameservers: ['10.0.0.10'],
        searches: ['svc.cluster.local'],
        options: [{ name: 'ndots', value: '2' }],
      },
      hostAliases: [{ ip: '10.1.2.3', hostnames: ['db.internal'] }],
    });
  });
});
