import { createFleetSnapshot, previewPlacement } from '../scheduling';
import { makeCluster } from '../scheduling/__fixtures__/makeCluster';
import { toPlacementPreviewDto } from './toPlacementPreviewDto';

const DYNAMIC = {
  replicaSchedulingType: 'Divided' as const,
  replicaDivisionPreference: 'Weighted' as const,
  weightPreference: { dynamicWeight: 'AvailableReplicas' as const },
};

const envOf = (i: number) => {
  if (i % 100 === 0) return 'prod';
  return i % 3 ? 'dev' : 'staging';
};

// A fleet where most clusters fail the same way, as large fleets do.
function fleet(n: number) {
  return Array.from({ length: n }, (_, i) =>
    makeCluster(`c-${String(i).padStart(4, '0')}`, {
      labels: { env: envOf(i) },
      provider: 'aws',
      region: `r-${i % 7}`,
      zones: [`r-${i % 7}a`],
      pods: 10 + (i % 5),
    }),
  );
}

describe('toPlacementPreviewDto', () => {
  const snapshot = createFleetSnapshot(fleet(1000));
  const preview = previewPlacement(snapshot, {
    placement: {
      clusterAffinity: { labelSelector: { matchLabels: { env: 'prod' } } },
      replicaScheduling: DYNAMIC,
    },
    replicas: 7,
  });
  const dto = toPlacementPreviewDto(preview);

  it("keeps the engine's result and accounts for every cluster once", () => {
    expect(dto).toMatchObject({
      schedulable: true,
      clusters: preview.clusters,
      strategy: 'DynamicWeight',
      ties: preview.ties,
      warnings: preview.warnings,
    });
    expect(dto).not.toHaveProperty('explanations');
    const names = [
      ...dto.selected!.map(s => s.name),
      ...dto.leftOut!.flatMap(g => g.clusters.map(c => c.name)),
    ].sort();
    expect(names).toEqual(preview.explanations.map(e => e.name).sort());
    expect(dto.selected!.map(s => s.name)).toEqual(
      preview.explanations
        .filter(e => e.selected || e.tieBreak)
        .map(e => e.name),
    );
  });

  it('groups the left-out clusters by reason, largest group first', () => {
    expect(
      dto.leftOut!.map(g => [g.count, g.reasons.map(r => r.message)]),
    ).toEqual([
      [660, [expect.stringContaining('dev')]],
      [330, [expect.stringContaining('staging')]],
    ]);
  });

  it('is a fraction of the per-cluster form', () => {
    const compact = JSON.stringify(dto).length;
    const full = JSON.stringify(preview).length;
    expect(compact * 5).toBeLessThan(full);
  });

  it('carries the error of an unschedulable preview', () => {
    const failed = toPlacementPreviewDto(
      previewPlacement(snapshot, {
        placement: { clusterAffinity: { clusterNames: ['nowhere'] } },
        replicas: 1,
      }),
    );
    expect(failed).toMatchObject({
      schedulable: false,
      clusters: [],
      error: { reason: 'NoClusterFit' },
      selected: [],
    });
    expect(failed.leftOut!.reduce((n, g) => n + g.count, 0)).toBe(1000);
  });
});
