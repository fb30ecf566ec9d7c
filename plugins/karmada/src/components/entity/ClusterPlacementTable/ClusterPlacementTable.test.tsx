import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import { ClusterPlacementTable } from './ClusterPlacementTable';

const ready = { type: 'Ready', status: 'True' as const };

const rollingOut: PlacementClusterDto = {
  cluster: 'alibaba-cn-hangzhou-gpu',
  facts: {
    provider: 'alibaba',
    region: 'cn-hangzhou',
    zones: ['cn-hangzhou-h', 'cn-hangzhou-i'],
    ready,
  },
  expectedReplicas: 2,
  scheduledReplicas: 2,
  status: {
    applied: true,
    health: 'Unhealthy',
    replicas: 2,
    readyReplicas: 1,
    availableReplicas: 1,
  },
  manifest: {},
  changes: [],
  appliedPolicies: [],
};

const leftTheFleet: PlacementClusterDto = {
  cluster: 'gone-1',
  scheduledReplicas: 1,
  manifest: {},
  changes: [],
  appliedPolicies: [],
};

describe('ClusterPlacementTable', () => {
  it('shows ready out of desired once, as a bar and 1/2 in the Ready column', async () => {
    await renderInTestApp(
      <ClusterPlacementTable clusters={[rollingOut]} rollingOut />,
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Cluster',
      'Health',
      'Ready',
      'Available',
      'Applied',
      'Provider',
      'Region',
      'Zones',
    ]);
    const row = screen.getByRole('row', { name: /^alibaba-cn-hangzhou-gpu\b/ });
    const cells = within(row).getAllByRole('cell');
    const readyCell = cells[2];
    expect(
      within(readyCell).getByRole('img', {
        name: '1 of 2 replicas ready, 1 available',
      }),
    ).toBeInTheDocument();
    expect(readyCell).toHaveTextContent('1/2');
    expect(cells[3]).toHaveTextContent(/^1$/);
  });

  it('keeps the health label on one line and breaks names at hyphens, zones at commas', async () => {
    await renderInTestApp(
      <ClusterPlacementTable clusters={[rollingOut]} rollingOut />,
    );
    const row = screen.getByRole('row', { name: /^alibaba-cn-hangzhou-gpu\b/ });
    const [name, health, , , , , region, zones] =
      within(row).getAllByRole('cell');
    // Karmada's Unhealthy while the rollout is young reads Progressing.
    // The icon and its words, wrapped together on one line.
    const label = within(health).getByText('Progressing');
    expect(label.parentElement).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(health).toHaveStyle({ whiteSpace: 'nowrap' });
    // Not the theme's break-word: a name breaks at its hyphens only.
    expect(name).toHaveStyle({
      wordBreak: 'normal',
      overflowWrap: 'break-word',
    });
    expect(region).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(zones).toHaveTextContent('cn-hangzhou-h, cn-hangzhou-i');
    for (const zone of ['cn-hangzhou-h', 'cn-hangzhou-i']) {
      expect(within(zones).getByText(zone)).toHaveStyle({
        whiteSpace: 'nowrap',
      });
    }
  });

  it('says when a scheduled cluster left the fleet', async () => {
    await renderInTestApp(<ClusterPlacementTable clusters={[leftTheFleet]} />);
    const row = screen.getByRole('row', { name: /^gone-1\b/ });
    expect(row).toHaveTextContent('Left the fleet');
    expect(
      within(row).getByRole('img', { name: '0 of 1 replicas ready' }),
    ).toBeInTheDocument();
    expect(within(row).getByText('not in the fleet')).toBeInTheDocument();
  });
});
