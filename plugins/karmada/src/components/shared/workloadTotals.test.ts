import type { WorkloadSummaryDto } from '@karmada-backstage/plugin-karmada-common';
import { workloadTotals } from './workloadTotals';

const w = (
  replicas: number,
  clusters: WorkloadSummaryDto['clusters'],
): WorkloadSummaryDto => ({
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  kind: 'Deployment',
  managed: true,
  replicas,
  readyReplicas: 0,
  clusters,
  health: 'Healthy',
});

describe('workloadTotals', () => {
  it('sums per cluster, so Duplicated counts every copy', () => {
    expect(
      workloadTotals(
        w(2, [
          { name: 'a', replicas: 2, readyReplicas: 2 },
          { name: 'b', replicas: 2, readyReplicas: 1 },
          { name: 'c', replicas: 2 },
        ]),
      ),
    ).toEqual({ desired: 6, ready: 3 });
  });

  it('uses the template count before scheduling', () => {
    expect(workloadTotals(w(4, []))).toEqual({ desired: 4, ready: 0 });
  });
});
