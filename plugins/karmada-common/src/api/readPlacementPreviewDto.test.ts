import type { ClusterExplanation } from '../scheduling';
import type { PlacementPreviewDto } from './preview';
import { readPlacementPreviewDto } from './readPlacementPreviewDto';

const affinity = {
  stage: 'filter' as const,
  plugin: 'ClusterAffinity',
  karmada: 'cluster(s) did not match the placement cluster affinity constraint',
  message: 'Not among the clusters the placement chooses.',
};

describe('readPlacementPreviewDto', () => {
  it('reads missing lists as empty', () => {
    expect(
      readPlacementPreviewDto({
        schedulable: true,
        clusters: [{ name: 'a' }],
      } as PlacementPreviewDto),
    ).toEqual({
      schedulable: true,
      clusters: [{ name: 'a' }],
      selected: [],
      leftOut: [],
      ties: [],
      warnings: [],
    });
  });

  it("groups an older backend's explanations", () => {
    const explanations: ClusterExplanation[] = [
      {
        name: 'a',
        selected: true,
        replicas: 1,
        availableReplicas: 3,
        zones: [],
        reasons: [],
      },
      {
        name: 'b',
        selected: false,
        availableReplicas: 3,
        zones: [],
        reasons: [affinity],
      },
      {
        name: 'c',
        selected: false,
        availableReplicas: 4,
        zones: [],
        reasons: [affinity],
      },
    ];
    const read = readPlacementPreviewDto({
      schedulable: true,
      clusters: [{ name: 'a', replicas: 1 }],
      explanations,
    });
    expect(read).not.toHaveProperty('explanations');
    expect(read.selected).toEqual([
      { name: 'a', replicas: 1, availableReplicas: 3, zones: [] },
    ]);
    expect(read.leftOut).toEqual([
      {
        reasons: [affinity],
        count: 2,
        clusters: [
          { name: 'b', availableReplicas: 3 },
          { name: 'c', availableReplicas: 4 },
        ],
      },
    ]);
  });

  it('prefers the compact form when both are present', () => {
    const read = readPlacementPreviewDto({
      schedulable: true,
      clusters: [],
      selected: [],
      leftOut: [],
      explanations: [
        {
          name: 'x',
          selected: true,
          availableReplicas: 1,
          zones: [],
          reasons: [],
        },
      ],
    });
    expect(read.selected).toEqual([]);
  });
});
