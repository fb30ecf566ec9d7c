import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ClusterMap } from './ClusterMap';
import { groupClusters } from './groupClusters';

const clusters = [
  {
    name: 'm3',
    provider: 'gcp',
    region: 'us-central1',
    zones: ['a'],
    replicas: 1,
    ready: 1,
    state: 'healthy' as const,
  },
  {
    name: 'm1',
    provider: 'aws',
    region: 'us-east-1',
    zones: ['b', 'a'],
    replicas: 4,
    ready: 2,
    state: 'progressing' as const,
  },
  {
    name: 'm2',
    provider: 'aws',
    region: 'us-east-1',
    zones: ['a', 'b'],
    replicas: 2,
    ready: 2,
    state: 'healthy' as const,
  },
  { name: 'm4', zones: [], replicas: 2, state: 'expected' as const },
];

describe('groupClusters', () => {
  it('groups provider → region → zones, unknowns last', () => {
    const groups = groupClusters(clusters);
    expect(groups.map(g => [g.label, g.replicas])).toEqual([
      ['aws', 6],
      ['gcp', 1],
      ['No provider', 2],
    ]);
    expect(groups[0].children[0].children[0]).toMatchObject({
      label: 'a, b',
      replicas: 6,
    });
    expect(groups[0].children[0].children[0].children.map(c => c.name)).toEqual(
      ['m1', 'm2'],
    );
  });
});

describe('ClusterMap', () => {
  it('describes every tile and scales tiles with replicas', async () => {
    await renderInTestApp(
      <ClusterMap clusters={clusters} title="Where it runs" />,
    );
    const map = screen.getByRole('group', { name: 'Where it runs' });
    const aws = within(map).getByRole('region', { name: 'Provider aws' });
    const big = within(aws).getByLabelText(
      'm1 (aws, us-east-1, b, a): 4 replicas, 2 ready, progressing',
    );
    const small = within(aws).getByLabelText(
      'm2 (aws, us-east-1, a, b): 2 replicas, 2 ready, healthy',
    );
    expect(parseFloat(big.style.flexGrow)).toBeGreaterThan(
      parseFloat(small.style.flexGrow),
    );
    expect(
      screen.getByLabelText('m4: 2 replicas, expected, not scheduled'),
    ).toBeInTheDocument();
    expect(screen.getByText('Expected, not scheduled')).toBeInTheDocument();
  });
});

describe('ClusterMap colours', () => {
  it('shows progress in neutral blue, failures in red, and never wraps a name', async () => {
    await renderInTestApp(
      <ClusterMap
        clusters={[
          ...clusters,
          {
            name: 'alibaba-cn-hangzhou-gpu',
            provider: 'alibaba',
            region: 'cn-hangzhou',
            zones: [],
            replicas: 2,
            ready: 0,
            state: 'unhealthy' as const,
          },
        ]}
      />,
    );
    // Backstage's light theme: status.running, status.ok, status.error.
    expect(screen.getByLabelText(/^m1 /)).toHaveStyle({
      backgroundColor: '#1F5493',
    });
    expect(screen.getByLabelText(/^m2 /)).toHaveStyle({
      backgroundColor: '#1DB954',
    });
    expect(screen.getByLabelText(/^alibaba-cn-hangzhou-gpu /)).toHaveStyle({
      backgroundColor: '#E22134',
    });
    // Expected, not scheduled: an amber outline.
    expect(screen.getByLabelText(/^m4:/)).toHaveStyle({
      borderStyle: 'dashed',
    });
    expect(screen.getByText('alibaba-cn-hangzhou-gpu')).toHaveStyle({
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
    });
  });
});
