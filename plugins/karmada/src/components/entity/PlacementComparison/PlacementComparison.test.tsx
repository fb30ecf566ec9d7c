import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import { PlacementComparison } from './PlacementComparison';

const cluster = (
  name: string,
  expected: number,
  scheduled: number,
  ready: number,
): PlacementClusterDto => ({
  cluster: name,
  expectedReplicas: expected,
  scheduledReplicas: scheduled,
  status: {
    applied: true,
    health: 'Healthy',
    replicas: scheduled,
    readyReplicas: ready,
    availableReplicas: ready,
  },
  manifest: {},
  changes: [],
  appliedPolicies: [],
});

describe('PlacementComparison', () => {
  it('lists disagreeing clusters first, highlighted, with names that break only at hyphens', async () => {
    await renderInTestApp(
      <PlacementComparison
        clusters={[
          cluster('aws-us-east-1-prod', 2, 2, 2),
          cluster('alibaba-cn-hangzhou-gpu', 3, 2, 1),
        ]}
        differences={[
          {
            cluster: 'alibaba-cn-hangzhou-gpu',
            expected: 3,
            scheduled: 2,
            message: 'preview expects 3, Karmada scheduled 2',
          },
        ]}
      />,
    );
    expect(
      screen.getByText(
        'Expected, scheduled and running disagree on 1 cluster (highlighted).',
      ),
    ).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['alibaba-cn-hangzhou-gpu', 'aws-us-east-1-prod']);
    expect(
      within(rows[0]).getByLabelText('3, differs from scheduled'),
    ).toBeInTheDocument();
    expect(
      within(rows[0]).getByText('preview expects 3, Karmada scheduled 2'),
    ).toBeInTheDocument();
    expect(within(rows[0]).getAllByRole('cell')[0]).toHaveStyle({
      wordBreak: 'normal',
    });
  });
});
