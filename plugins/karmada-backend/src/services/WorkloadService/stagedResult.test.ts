import {
  Condition,
  createFleetSnapshot,
  previewPlacement,
  ResourceBinding,
  TargetCluster,
  toPlacementPreviewDto,
} from '@karmada-backstage/plugin-karmada-common';
import { testFleet } from '../../__testUtils__/fleet';
import { stagedResult } from './stagedResult';

// The preview the staged apply of webSpec() makes: two replicas on each of
// member1 and member2.
const preview = previewPlacement(createFleetSnapshot(testFleet()), {
  placement: {
    clusterAffinity: { clusterNames: ['member1', 'member2'] },
    replicaScheduling: { replicaSchedulingType: 'Duplicated' },
  },
  replicas: 2,
});

const SCHEDULED: Condition = {
  type: 'Scheduled',
  status: 'True',
  reason: 'Success',
  message: 'Binding has been scheduled successfully.',
  lastTransitionTime: '2025-01-01T00:00:00Z',
};
// What Karmada's scheduler writes when no cluster fits.
const NO_CLUSTER_FIT: Condition = {
  type: 'Scheduled',
  status: 'False',
  reason: 'NoClusterFit',
  message:
    '0/4 clusters are available: 2 cluster(s) did not match the placement cluster affinity constraint, 2 cluster(s) had untolerated taint {dedicated=gpu:NoSchedule}.',
  lastTransitionTime: '2025-01-01T00:00:00Z',
};

function binding(
  clusters: TargetCluster[] | undefined,
  scheduled?: Condition,
): ResourceBinding {
  return {
    apiVersion: 'work.karmada.io/v1alpha2',
    kind: 'ResourceBinding',
    metadata: { name: 'web-deployment', namespace: 'team-a', generation: 1 },
    spec: {
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      replicas: 2,
      ...(clusters ? { clusters } : {}),
    },
    ...(scheduled
      ? {
          status: {
            schedulerObservedGeneration: 1,
            conditions: [scheduled],
          },
        }
      : {}),
  };
}

describe('stagedResult', () => {
  it('starts from the preview the staged apply made', () => {
    expect(preview.clusters).toEqual([
      { name: 'member1', replicas: 2 },
      { name: 'member2', replicas: 2 },
    ]);
  });

  it.each<{
    name: string;
    binding: ResourceBinding | undefined;
    decided: boolean;
    state: string;
    differences: unknown[];
  }>([
    {
      name: 'the binding equals the preview: no differences',
      binding: binding(
        [
          { name: 'member1', replicas: 2 },
          { name: 'member2', replicas: 2 },
        ],
        SCHEDULED,
      ),
      decided: true,
      state: 'scheduled',
      differences: [],
    },
    {
      name: 'the same clusters in another order: no differences',
      binding: binding(
        [
          { name: 'member2', replicas: 2 },
          { name: 'member1', replicas: 2 },
        ],
        SCHEDULED,
      ),
      decided: true,
      state: 'scheduled',
      differences: [],
    },
    {
      name: 'another cluster set: the one left out and the one added, by name',
      binding: binding(
        [
          { name: 'member1', replicas: 2 },
          { name: 'member3', replicas: 2 },
        ],
        SCHEDULED,
      ),
      decided: true,
      state: 'scheduled',
      differences: [
        {
          cluster: 'member2',
          expected: 2,
          message: 'the preview expects 2, Karmada scheduled 0',
        },
        {
          cluster: 'member3',
          scheduled: 2,
          message: 'the preview expects 0, Karmada scheduled 2',
        },
      ],
    },
    {
      name: 'other replica counts: each cluster that differs',
      binding: binding(
        [
          { name: 'member1', replicas: 3 },
          { name: 'member2', replicas: 1 },
        ],
        SCHEDULED,
      ),
      decided: true,
      state: 'scheduled',
      differences: [
        {
          cluster: 'member1',
          expected: 2,
          scheduled: 3,
          message: 'the preview expects 2, Karmada scheduled 3',
        },
        {
          cluster: 'member2',
          expected: 2,
          scheduled: 1,
          message: 'the preview expects 2, Karmada scheduled 1',
        },
      ],
    },
    {
      name: "unschedulable: every cluster of the preview is missing, with Karmada's reason on the binding",
      binding: binding(undefined, NO_CLUSTER_FIT),
      decided: true,
      state: 'unschedulable',
      differences: [
        {
          cluster: 'member1',
          expected: 2,
          message: 'the preview expects 2, Karmada scheduled 0',
        },
        {
          cluster: 'member2',
          expected: 2,
          message: 'the preview expects 2, Karmada scheduled 0',
        },
      ],
    },
    {
      name: 'not decided, no binding yet: pending, nothing compared',
      binding: undefined,
      decided: false,
      state: 'pending',
      differences: [],
    },
    {
      name: 'not decided, a binding still without a schedule: pending',
      binding: binding(undefined),
      decided: false,
      state: 'pending',
      differences: [],
    },
    {
      // waitForBinding gave up on it (older template or placement): what it
      // says is not about this apply, so it is shown but not compared.
      name: 'not decided, a stale schedule that differs: pending, nothing compared',
      binding: binding([{ name: 'member3', replicas: 2 }], SCHEDULED),
      decided: false,
      state: 'pending',
      differences: [],
    },
  ])('$name', ({ binding: b, decided, state, differences }) => {
    const result = stagedResult(preview, b, decided);
    expect(result.state).toBe(state);
    expect(result.differences).toEqual(differences);
    expect(result.preview).toEqual(toPlacementPreviewDto(preview));
    // The binding as Karmada has it, whatever its state; none when absent.
    expect(result.binding).toEqual(
      b && {
        name: 'web-deployment',
        clusters: b.spec.clusters ?? [],
        ...(b.status?.conditions ? { scheduled: b.status.conditions[0] } : {}),
      },
    );
    expect(Object.keys(result).includes('binding')).toBe(!!b);
  });

  it("keeps Karmada's reason and message of an unschedulable binding", () => {
    expect(
      stagedResult(preview, binding(undefined, NO_CLUSTER_FIT), true).binding,
    ).toEqual({
      name: 'web-deployment',
      clusters: [],
      scheduled: {
        type: 'Scheduled',
        status: 'False',
        reason: 'NoClusterFit',
        message: NO_CLUSTER_FIT.message,
        lastTransitionTime: '2025-01-01T00:00:00Z',
      },
    });
  });

  it('compares with an unschedulable preview: every scheduled cluster differs', () => {
    const nowhere = previewPlacement(createFleetSnapshot(testFleet()), {
      placement: { clusterAffinity: { clusterNames: ['nowhere'] } },
      replicas: 1,
    });
    const result = stagedResult(
      nowhere,
      binding([{ name: 'member1', replicas: 1 }], SCHEDULED),
      true,
    );
    expect(result).toMatchObject({
      state: 'scheduled',
      preview: { schedulable: false, clusters: [] },
      differences: [
        {
          cluster: 'member1',
          scheduled: 1,
          message: 'the preview expects 0, Karmada scheduled 1',
        },
      ],
    });
  });
});
