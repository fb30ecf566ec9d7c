import { KarmadaInputError } from '../errors';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import { renderWorkload } from './renderWorkload';

describe('renderWorkload', () => {
  it('renders the three objects under one name and lists the dependencies', () => {
    const spec = baseSpec();
    spec.containers[0].env = [
      {
        name: 'DB_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'db', key: 'password' } },
      },
    ];
    spec.differential = [{ clusters: ['member2'], image: { tag: '1.26' } }];
    const rendered = renderWorkload(spec, { initiator: 'user:default/jane' });
    const names = [
      rendered.deployment,
      rendered.propagationPolicy,
      rendered.overridePolicy,
    ].map(o => `${o?.kind}/${o?.metadata.namespace}/${o?.metadata.name}`);
    expect(names).toEqual([
      'Deployment/team-a/web',
      'PropagationPolicy/team-a/web',
      'OverridePolicy/team-a/web',
    ]);
    expect(rendered.dependencies).toEqual([
      {
        kind: 'Secret',
        name: 'db',
        namespace: 'team-a',
        referencedBy: ['containers[0].env[0]'],
      },
    ]);
  });

  it('leaves the OverridePolicy out without differential configuration', () => {
    expect(renderWorkload(baseSpec())).not.toHaveProperty('overridePolicy');
  });

  it.each([
    ['an invalid spec', {}, /^Karmada instance \(instance\): is required/],
    [
      'a cluster outside the fleet',
      { context: { knownClusters: ['member1'] } },
      /Specify clusters \(placement\.clusterNames\[1\]\): cluster "member2" is not a member cluster/,
    ],
  ])('throws a KarmadaInputError for %s', (_what, options, message) => {
    const input = Object.keys(options).length ? baseSpec() : {};
    expect(() => renderWorkload(input, options)).toThrow(KarmadaInputError);
    expect(() => renderWorkload(input, options)).toThrow(message);
  });
});
