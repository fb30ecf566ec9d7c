import { baseSpec } from './__testUtils__/baseSpec';
import { firstIssue } from './__testUtils__/firstIssue';
import { workloadSpecSchema, WorkloadSpecInput } from './workloadSpecSchema';

// The schema alone, without the fleet: field rules plus the cross-field
// rules that need nothing but the spec.
describe('workloadSpecSchema', () => {
  it.each<[string, (s: WorkloadSpecInput) => void, string | RegExp]>([
    ['the base spec', () => {}, 'ok'],
    [
      'no containers',
      s => {
        s.containers = [];
      },
      'containers: add at least one container',
    ],
    [
      'a missing instance',
      s => {
        delete (s as Partial<WorkloadSpecInput>).instance;
      },
      'instance: is required',
    ],
    [
      'a bad entity reference',
      s => {
        s.entityRef = 'component:default/web/extra';
      },
      /^entityRef: "component:default\/web\/extra" is not an entity reference/,
    ],
    [
      'an empty Kubernetes ID',
      s => {
        s.kubernetesId = '';
      },
      'kubernetesId: must not be empty',
    ],
    [
      'a pod-wide rule (duplicate volume names)',
      s => {
        s.volumes = [
          { name: 'v', emptyDir: {} },
          { name: 'v', emptyDir: {} },
        ];
      },
      'volumes[1].name: "v" is already the name of another volume',
    ],
    [
      'a placement rule (weights for an unchosen cluster)',
      s => {
        s.scheduling = {
          type: 'StaticWeight',
          weights: [{ clusterNames: ['member9'], weight: 1 }],
        };
      },
      /^scheduling\.weights\[0\]\.clusterNames\[0\]: cluster "member9" is not among/,
    ],
    [
      'a differential rule (a cluster the names exclude)',
      s => {
        s.placement.exclude = ['member2'];
        s.differential = [{ clusters: ['member2'], args: ['-v'] }];
      },
      /^differential\[0\]\.clusters\[0\]: cluster "member2" is not among the clusters the placement names \(member1\)/,
    ],
  ])('%s', (_what, mutate, expected) => {
    const spec = baseSpec();
    mutate(spec);
    expect(firstIssue(workloadSpecSchema, spec)).toMatch(expected);
  });
});
