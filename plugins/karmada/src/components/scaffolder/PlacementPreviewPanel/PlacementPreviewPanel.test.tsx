import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import {
  testPreviewUnschedulable,
  testPreviewWithTie,
} from '../../../__testUtils__';
import { PlacementPreviewPanel } from './PlacementPreviewPanel';
import { readPreview, scheduledClusterNames } from './previewFacts';

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
      'member1aws / us-east-1 / us-east-1a1 or 2tie24 more',
      'member2aws / us-west-2 / us-west-2a1 or 2tie24 more',
    ]);
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
});
