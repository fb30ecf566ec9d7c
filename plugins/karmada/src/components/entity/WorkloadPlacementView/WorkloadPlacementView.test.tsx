import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import type {
  PlacementClusterDto,
  WorkloadPlacementResponse,
} from '@karmada-backstage/plugin-karmada-common';
import {
  duplicatedPlacement,
  dynamicPlacement,
} from '../../shared/__fixtures__/workloads';
import { WorkloadPlacementView } from './WorkloadPlacementView';

// Rendering MUI tables is slow on busy CI machines.
jest.setTimeout(30_000);

/** Karmada's Unhealthy with 1 of 2 ready on every cluster, as just created. */
function halfReady(c: PlacementClusterDto): PlacementClusterDto {
  return {
    ...c,
    status: {
      ...c.status,
      applied: true,
      health: 'Unhealthy',
      readyReplicas: 1,
      availableReplicas: 1,
    },
  };
}

/** A workload a minute into its rollout (or, negative, past its deadline). */
function rollingOut(
  untilDeadlineMs: number,
  overrides: Partial<WorkloadPlacementResponse> = {},
): WorkloadPlacementResponse {
  const deadline = Date.now() + untilDeadlineMs;
  const clusters = duplicatedPlacement.clusters.map(halfReady);
  return {
    ...duplicatedPlacement,
    health: untilDeadlineMs > 0 ? 'Progressing' : 'Degraded',
    rollout: {
      startedAt: new Date(deadline - 600_000).toISOString(),
      progressDeadlineSeconds: 600,
      deadline: new Date(deadline).toISOString(),
    },
    clusters,
    differences: clusters.map(c => ({
      cluster: c.cluster,
      expected: 2,
      scheduled: 2,
      running: 1,
      message: '1 of 2 running',
    })),
    ...overrides,
  };
}

describe('WorkloadPlacementView', () => {
  it('shows a young rollout as news, not a warning: blue tiles, an info banner', async () => {
    await renderInTestApp(
      <WorkloadPlacementView placement={rollingOut(60_000)} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('MuiAlert-standardInfo');
    expect(alert).not.toHaveClass('MuiAlert-standardWarning');
    expect(within(alert).getByText('member1: 1 of 2 running')).toBeVisible();
    const tile = screen.getByLabelText(
      'member1 (aws, us-east-1, us-east-1a): 2 replicas, 1 ready, progressing',
    );
    // The theme's neutral "running" blue, not the warning amber.
    expect(tile).toHaveStyle({ backgroundColor: '#1F5493' });
    expect(screen.getAllByRole('row', { name: /^member\d\b/ })).toHaveLength(3);
    for (const row of screen.getAllByRole('row', { name: /^member\d\b/ })) {
      expect(row).toHaveTextContent('Progressing');
    }
  });

  it('keeps the warning once the rollout is past its deadline', async () => {
    await renderInTestApp(
      <WorkloadPlacementView placement={rollingOut(-60_000)} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('MuiAlert-standardWarning');
    expect(
      screen.getByLabelText(
        'member1 (aws, us-east-1, us-east-1a): 2 replicas, 1 ready, unhealthy',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the warning during a rollout when the preview and Karmada disagree', async () => {
    const placement = rollingOut(60_000);
    await renderInTestApp(
      <WorkloadPlacementView
        placement={{
          ...placement,
          clusters: placement.clusters.map(c =>
            c.cluster === 'member3' ? { ...c, expectedReplicas: 3 } : c,
          ),
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveClass('MuiAlert-standardWarning');
  });

  it('keeps the warning during a rollout when a dependency is missing', async () => {
    await renderInTestApp(
      <WorkloadPlacementView
        placement={rollingOut(60_000, {
          dependencies: dynamicPlacement.dependencies,
        })}
      />,
    );
    expect(screen.getByRole('alert')).toHaveClass('MuiAlert-standardWarning');
  });

  it('names the comparison tab briefly, with the count that differs', async () => {
    await renderInTestApp(
      <WorkloadPlacementView placement={rollingOut(60_000)} />,
    );
    const tab = screen.getByRole('tab', {
      name: 'Expected vs actual (3 differ)',
    });
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', {
        name: 'Details',
      }),
    );
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(
      screen.getByText(
        'Expected, scheduled and running disagree on 3 clusters (highlighted).',
      ),
    ).toBeInTheDocument();
  });
});
