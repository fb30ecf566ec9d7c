import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import {
  testPreviewUnschedulable,
  testPreviewWithTie,
} from '../../../__testUtils__';
import type {
  ExplanationReason,
  LeftOutGroupDto,
  PlacementPreviewDto,
} from '@karmada-backstage/plugin-karmada-common';
import { PlacementPreviewPanel } from './PlacementPreviewPanel';
import { readPreview, scheduledClusterNames } from './previewFacts';

const affinity = (message: string): ExplanationReason => ({
  stage: 'filter',
  plugin: 'ClusterAffinity',
  karmada: 'cluster(s) did not match the placement cluster affinity constraint',
  message,
});

const group = (
  reasons: ExplanationReason[],
  prefix: string,
  count: number,
): LeftOutGroupDto => ({
  reasons,
  count,
  clusters: Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${String(i).padStart(3, '0')}`,
    availableReplicas: 10,
  })),
});

/** A 1,000-cluster fleet: 10 selected, 990 left out for three reasons. */
const largeFleet: PlacementPreviewDto = {
  schedulable: true,
  strategy: 'DynamicWeight',
  clusters: Array.from({ length: 10 }, (_, i) => ({
    name: `prod-${i}`,
    replicas: 1,
  })),
  selected: Array.from({ length: 10 }, (_, i) => ({
    name: `prod-${i}`,
    replicas: 1,
    availableReplicas: 30,
    zones: [],
  })),
  leftOut: [
    group([affinity('label env is dev, not one of prod')], 'dev', 412),
    group([affinity('label env is staging, not one of prod')], 'staging', 577),
    group(
      [
        {
          stage: 'filter',
          plugin: 'TaintToleration',
          karmada:
            'cluster(s) had untolerated taint {dedicated=gpu:NoSchedule}',
          message: 'untolerated taint dedicated=gpu:NoSchedule',
        },
        affinity('label env is dev, not one of prod'),
      ],
      'gpu',
      1,
    ),
  ],
};

describe('PlacementPreviewPanel', () => {
  it('shows the clusters with replicas, headroom and ties', async () => {
    await renderInTestApp(
      <PlacementPreviewPanel
        preview={readPreview(testPreviewWithTie.preview)}
      />,
    );
    const rows = within(
      screen.getByRole('table', { name: 'Scheduled clusters' }),
    ).getAllByRole('row');
    expect(rows.map(r => r.textContent)).toEqual([
      'ClusterWhereReplicasHeadroom',
      'member1aws / us-east-11 or 2tie24 more',
      'member2aws / us-west-21 or 2tie24 more',
    ]);
    // Zones on hover: the narrow panel has no room for them.
    expect(screen.getByText('aws / us-east-1')).toHaveAttribute(
      'title',
      'zones: us-east-1a',
    );
    expect(
      screen.getByText(
        /member1, member2 tie: the count depends on Karmada's tie-break/,
      ),
    ).toHaveTextContent('member1: 2, member2: 1 — or — member1: 1, member2: 2');
    expect(
      screen.getByText('Total: 3 replicas in 2 clusters'),
    ).toBeInTheDocument();
  });

  it("explains each left-out cluster in plain words, with Karmada's words on hover", async () => {
    await renderInTestApp(
      <PlacementPreviewPanel
        preview={readPreview(testPreviewWithTie.preview)}
      />,
    );
    const list = screen.getByRole('list', { name: 'Clusters left out' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'member3Tainted dedicated=gpu:NoSchedule, which the workload does not tolerate.',
      'member4Not among the clusters the placement chooses.',
    ]);
    await userEvent.hover(within(list).getByText('member3'));
    expect(
      await screen.findByText(
        'TaintToleration: cluster(s) had untolerated taint {dedicated: gpu}',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('member4 is not ready.')).toBeInTheDocument();
  });

  it("shows Karmada's error when nothing can be scheduled", async () => {
    await renderInTestApp(
      <PlacementPreviewPanel
        preview={readPreview(testPreviewUnschedulable.preview)}
      />,
    );
    expect(
      screen.getByText(/Karmada cannot place the workload \(NoClusterFit\)/),
    ).toHaveTextContent('0/4 clusters are available');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says what is missing before the first preview', async () => {
    await renderInTestApp(
      <PlacementPreviewPanel pending="Choose a Karmada instance." loading />,
    );
    expect(screen.getByText('Choose a Karmada instance.')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Updating preview' }),
    ).toBeInTheDocument();
  });

  it('counts tied clusters among the scheduled ones', () => {
    expect(
      scheduledClusterNames(readPreview(testPreviewWithTie.preview)),
    ).toEqual(['member1', 'member2']);
    expect(
      scheduledClusterNames(readPreview(testPreviewUnschedulable.preview)),
    ).toEqual([]);
  });

  it('groups many left-out clusters by reason, each expanding to its clusters', async () => {
    await renderInTestApp(
      <PlacementPreviewPanel preview={readPreview(largeFleet)} />,
    );
    expect(screen.getByText('Left out (990)')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Clusters left out' });
    const groups = within(list).getAllByRole('button');
    expect(groups.map(g => g.textContent)).toEqual([
      'label env is dev, not one of prod — 412 clusters',
      'label env is staging, not one of prod — 577 clusters',
      'untolerated taint dedicated=gpu:NoSchedule; label env is dev, not one of prod — 1 cluster',
    ]);
    // Names are not rendered until asked for.
    expect(screen.queryByText('dev-000')).not.toBeInTheDocument();
    await userEvent.click(groups[0]);
    expect(groups[0]).toHaveAttribute('aria-expanded', 'true');
    const names = screen.getByRole('list', {
      name: 'Clusters: label env is dev, not one of prod',
    });
    expect(within(names).getAllByRole('listitem')).toHaveLength(412);
    expect(within(names).getByText('dev-411')).toHaveAttribute(
      'title',
      'Headroom: 10 more',
    );
    await userEvent.hover(groups[2]);
    expect(
      await screen.findByText(
        /TaintToleration: cluster\(s\) had untolerated taint/,
      ),
    ).toHaveTextContent(
      'TaintToleration: cluster(s) had untolerated taint {dedicated=gpu:NoSchedule} ClusterAffinity: cluster(s) did not match the placement cluster affinity constraint',
    );
  });

  it("reads an older backend's per-cluster explanations", async () => {
    const older: PlacementPreviewDto = {
      schedulable: true,
      strategy: 'Duplicated',
      clusters: [{ name: 'member1' }],
      explanations: [
        {
          name: 'member1',
          selected: true,
          availableReplicas: 5,
          provider: 'aws',
          zones: [],
          reasons: [],
        },
        {
          name: 'member2',
          selected: false,
          availableReplicas: 5,
          zones: [],
          reasons: [affinity('excluded by name')],
        },
      ],
    };
    await renderInTestApp(
      <PlacementPreviewPanel preview={readPreview(older)} />,
    );
    expect(
      within(screen.getByRole('table', { name: 'Scheduled clusters' }))
        .getAllByRole('row')
        .map(r => r.textContent),
    ).toEqual(['ClusterWhereReplicasHeadroom', 'member1aws05 more']);
    expect(screen.getByText('member2').parentElement).toHaveTextContent(
      'excluded by name',
    );
  });

  it('lists a selected cluster that gets no replicas among those left out', async () => {
    const none: PlacementPreviewDto = {
      schedulable: true,
      strategy: 'DynamicWeight',
      clusters: [{ name: 'member1', replicas: 0 }],
      selected: [
        { name: 'member1', replicas: 0, availableReplicas: 5, zones: [] },
      ],
      leftOut: [],
    };
    await renderInTestApp(
      <PlacementPreviewPanel preview={readPreview(none)} />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Left out (1)')).toBeInTheDocument();
    expect(screen.getByText('member1').parentElement).toHaveTextContent(
      'Selected, but gets no replicas.',
    );
  });

  it('says when headroom counts pods only', async () => {
    const { rerender } = await renderInTestApp(
      <PlacementPreviewPanel
        preview={readPreview(testPreviewWithTie.preview)}
        podsOnly
      />,
    );
    expect(screen.getByText(/^Headroom counts pods only/)).toBeInTheDocument();
    rerender(
      <PlacementPreviewPanel
        preview={readPreview(testPreviewWithTie.preview)}
      />,
    );
    expect(
      screen.queryByText(/^Headroom counts pods only/),
    ).not.toBeInTheDocument();
  });
});
