import { detectDependencies, PodTemplateHolder } from './detectDependencies';

function workload(
  spec: NonNullable<NonNullable<PodTemplateHolder['spec']>['template']>['spec'],
): PodTemplateHolder {
  return { metadata: { namespace: 'team-a' }, spec: { template: { spec } } };
}

describe('detectDependencies', () => {
  it.each<[string, PodTemplateHolder, Array<[string, string, string[]]>]>([
    [
      'nothing referenced',
      workload({
        containers: [{ name: 'web', env: [{ name: 'A', value: 'x' }] }],
      }),
      [],
    ],
    [
      'env, envFrom, volumes and pull secrets, sorted and de-duplicated',
      workload({
        containers: [
          {
            name: 'web',
            env: [
              { name: 'A', value: 'x' },
              {
                name: 'B',
                valueFrom: {
                  configMapKeyRef: { name: 'app-config', key: 'b' },
                },
              },
              {
                name: 'C',
                valueFrom: { secretKeyRef: { name: 'db', key: 'password' } },
              },
            ],
            envFrom: [{ configMapRef: { name: 'app-config' } }],
          },
        ],
        initContainers: [
          { name: 'migrate', envFrom: [{ secretRef: { name: 'db' } }] },
        ],
        volumes: [
          { name: 'cache', emptyDir: {} },
          { name: 'cfg', configMap: { name: 'app-config' } },
          { name: 'certs', secret: { secretName: 'tls' } },
          {
            name: 'bundle',
            projected: {
              sources: [
                { configMap: { name: 'ca' } },
                { secret: { name: 'tls' } },
                { serviceAccountToken: { path: 't' } },
              ],
            },
          },
          {
            name: 'store',
            csi: { driver: 'x', nodePublishSecretRef: { name: 'csi-creds' } },
          },
        ],
        imagePullSecrets: [{ name: 'regcred' }],
      }),
      [
        [
          'ConfigMap',
          'app-config',
          ['containers[0].env[1]', 'containers[0].envFrom[0]', 'volumes[1]'],
        ],
        ['ConfigMap', 'ca', ['volumes[3].projected.sources[0]']],
        ['Secret', 'csi-creds', ['volumes[4]']],
        [
          'Secret',
          'db',
          ['initContainers[0].envFrom[0]', 'containers[0].env[2]'],
        ],
        ['Secret', 'regcred', ['imagePullSecrets[0]']],
        ['Secret', 'tls', ['volumes[2]', 'volumes[3].projected.sources[1]']],
      ],
    ],
    ['no pod template at all', { metadata: { namespace: 'x' } }, []],
  ])('%s', (_what, holder, expected) => {
    expect(detectDependencies(holder)).toEqual(
      expected.map(([kind, name, referencedBy]) => ({
        kind,
        name,
        namespace: 'team-a',
        referencedBy,
      })),
    );
  });

  it('uses the default namespace when the workload names none', () => {
    const deps = detectDependencies({
      metadata: {},
      spec: {
        template: {
          spec: { containers: [], imagePullSecrets: [{ name: 'regcred' }] },
        },
      },
    });
    expect(deps.map(d => d.namespace)).toEqual(['default']);
  });
});
