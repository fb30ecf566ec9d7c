import {
  DifferentialItem,
  validateWorkloadSpec,
  WorkloadSpecInput,
} from '../spec';
import { baseSpec } from '../spec/__testUtils__/baseSpec';
import { renderDeployment } from './renderDeployment';
import {
  groupDifferentialClusters,
  renderOverridePolicy,
} from './renderOverridePolicy';

function render(differential: WorkloadSpecInput['differential']) {
  const spec = validateWorkloadSpec({
    ...baseSpec(),
    placement: { mode: 'clusters', clusterNames: ['a', 'b', 'c'] },
    differential,
  });
  return renderOverridePolicy(spec, renderDeployment(spec), {
    template: 'template:default/t',
  });
}

describe('groupDifferentialClusters', () => {
  it.each<
    [
      string,
      Array<Pick<DifferentialItem, 'clusters'>>,
      Array<{ items: number[]; clusters: string[] }>,
    ]
  >([
    [
      'one item per cluster: one group per item',
      [{ clusters: ['a', 'b'] }, { clusters: ['c'] }],
      [
        { items: [0], clusters: ['a', 'b'] },
        { items: [1], clusters: ['c'] },
      ],
    ],
    [
      'a cluster in two items gets its own group',
      [{ clusters: ['a', 'b'] }, { clusters: ['b', 'c'] }],
      [
        { items: [0], clusters: ['a'] },
        { items: [0, 1], clusters: ['b'] },
        { items: [1], clusters: ['c'] },
      ],
    ],
  ])('%s', (_what, items, expected) => {
    expect(groupDifferentialClusters(items as DifferentialItem[])).toEqual(
      expected,
    );
  });
});

describe('renderOverridePolicy', () => {
  it('is absent without differential configuration', () => {
    expect(render(undefined)).toBeUndefined();
    expect(render([])).toBeUndefined();
  });

  it('is absent when no item changes anything on the template', () => {
    // Clearing args the container does not have is a no-op; Karmada refuses empty rules.
    expect(render([{ clusters: ['a'], args: [] }])).toBeUndefined();
  });

  it('names, labels and selects like the workload; one rule per item', () => {
    const policy = render([
      { clusters: ['a'], image: { tag: '1.26' } },
      { clusters: ['b', 'c'], labels: { canary: 'true' } },
    ]);
    expect(policy).toMatchObject({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'OverridePolicy',
      metadata: {
        name: 'web',
        namespace: 'team-a',
        labels: {
          'backstage.io/kubernetes-id': 'web',
          'app.kubernetes.io/managed-by': 'backstage-karmada',
        },
        annotations: { 'karmada.backstage.io/template': 'template:default/t' },
      },
      spec: {
        resourceSelectors: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        ],
      },
    });
    expect(policy?.spec.overrideRules?.map(r => r.targetCluster)).toEqual([
      { clusterNames: ['a'] },
      { clusterNames: ['b', 'c'] },
    ]);
    expect(policy?.spec.overrideRules?.[1].overriders).toEqual({
      labelsOverrider: [{ operator: 'add', value: { canary: 'true' } }],
    });
  });

  it('merges the items of a cluster in several into one rule, so parents are created once', () => {
    const policy = render([
      { clusters: ['a', 'b'], resources: { limits: { memory: '512Mi' } } },
      {
        clusters: ['b'],
        env: [{ name: 'DEBUG', value: '1' }],
        args: ['--verbose'],
      },
    ]);
    const rules = policy?.spec.overrideRules ?? [];
    expect(rules.map(r => r.targetCluster?.clusterNames)).toEqual([
      ['a'],
      ['b'],
    ]);
    expect(rules[1].overriders).toEqual({
      argsOverrider: [
        { containerName: 'web', operator: 'add', value: ['--verbose'] },
      ],
      plaintext: [
        {
          path: '/spec/template/spec/containers/0/env/-',
          operator: 'add',
          value: { name: 'DEBUG', value: '1' },
        },
        {
          path: '/spec/template/spec/containers/0/resources/limits/memory',
          operator: 'replace',
          value: '512Mi',
        },
      ],
    });
  });
});
