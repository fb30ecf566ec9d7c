import type { ExplanationReason } from '@karmada-backstage/plugin-karmada-common';
import {
  tiedPreview,
  unschedulablePreview,
} from '../__fixtures__/karmadaFixtures';
import { summarizePreview } from './summarizePreview';

describe('summarizePreview', () => {
  it('keeps clusters, ties, excluded clusters with reasons and warnings', () => {
    expect(summarizePreview(tiedPreview())).toEqual({
      schedulable: true,
      strategy: 'DynamicWeight',
      clusters: [
        { name: 'member1', replicas: 2 },
        { name: 'member2', replicas: 1 },
      ],
      ties: tiedPreview().ties,
      excluded: [
        {
          name: 'member3',
          reasons: [
            'has the taint maintenance:NoSchedule, which the placement does not tolerate',
          ],
        },
      ],
      leftOut: [
        {
          reasons: [
            'has the taint maintenance:NoSchedule, which the placement does not tolerate',
          ],
          count: 1,
          clusters: ['member3'],
        },
      ],
      warnings: ['no cluster has the label "tier"'],
    });
  });

  it('keeps groups of left-out clusters, and lists each cluster with its reasons', () => {
    const reason = (message: string): ExplanationReason => ({
      stage: 'filter',
      plugin: 'ClusterAffinity',
      karmada:
        'cluster(s) did not match the placement cluster affinity constraint',
      message,
    });
    const summary = summarizePreview({
      schedulable: true,
      clusters: [],
      leftOut: [
        {
          reasons: [reason('label env is dev')],
          count: 2,
          clusters: [
            { name: 'b', availableReplicas: 1 },
            { name: 'd', availableReplicas: 1 },
          ],
        },
        {
          reasons: [],
          count: 1,
          clusters: [{ name: 'a', availableReplicas: 1 }],
        },
      ],
    });
    expect(summary.leftOut).toEqual([
      { reasons: ['label env is dev'], count: 2, clusters: ['b', 'd'] },
      { reasons: ['not selected by the placement'], count: 1, clusters: ['a'] },
    ]);
    expect(summary.excluded).toEqual([
      { name: 'a', reasons: ['not selected by the placement'] },
      { name: 'b', reasons: ['label env is dev'] },
      { name: 'd', reasons: ['label env is dev'] },
    ]);
  });

  it("reads an older backend's per-cluster explanations", () => {
    const summary = summarizePreview({
      schedulable: true,
      clusters: [{ name: 'a', replicas: 1 }],
      explanations: [
        {
          name: 'a',
          selected: true,
          replicas: 1,
          availableReplicas: 2,
          zones: [],
          reasons: [],
        },
        {
          name: 'b',
          selected: false,
          availableReplicas: 2,
          zones: [],
          reasons: [
            {
              stage: 'filter',
              plugin: 'ClusterAffinity',
              karmada: 'x',
              message: 'excluded by name',
            },
          ],
        },
      ],
    });
    expect(summary.leftOut).toEqual([
      { reasons: ['excluded by name'], count: 1, clusters: ['b'] },
    ]);
  });

  it("gives Karmada's reason when it would not schedule", () => {
    expect(summarizePreview(unschedulablePreview())).toMatchObject({
      schedulable: false,
      clusters: [],
      error: {
        reason: 'NoClusterFit',
        message: expect.stringMatching(/^0\/3 clusters are available/),
      },
    });
  });

  it('tolerates a preview without the extras (an older backend)', () => {
    const bare = { schedulable: true, clusters: [{ name: 'member1' }] } as any;
    expect(summarizePreview(bare)).toEqual({
      schedulable: true,
      clusters: [{ name: 'member1' }],
      ties: [],
      excluded: [],
      leftOut: [],
      warnings: [],
    });
  });
});
