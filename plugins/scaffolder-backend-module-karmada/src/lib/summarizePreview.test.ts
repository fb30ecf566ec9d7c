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
      warnings: ['no cluster has the label "tier"'],
    });
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
      warnings: [],
    });
  });
});
