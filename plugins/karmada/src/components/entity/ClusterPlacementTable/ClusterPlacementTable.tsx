import { Table, TableColumn } from '@backstage/core-components';
import { Tooltip, Typography } from '@material-ui/core';
import type { PlacementClusterDto } from '@karmada-backstage/plugin-karmada-common';
import { ClusterStateStatus } from '../../shared/ClusterStateStatus';
import { ReplicaBar } from '../../shared/ReplicaBar';
import {
  ClusterStateOptions,
  placementClusterState,
} from '../../shared/clusterState';

type Row = PlacementClusterDto & { id: string };

const dash = '—';

function applied(c: PlacementClusterDto) {
  const value = c.status?.applied;
  let text = dash;
  if (value !== undefined) text = value ? 'Yes' : 'No';
  return c.status?.appliedMessage ? (
    <Tooltip title={c.status.appliedMessage}>
      <span>{text}</span>
    </Tooltip>
  ) : (
    text
  );
}

const columns = (options: ClusterStateOptions): TableColumn<Row>[] => [
  { title: 'Cluster', field: 'cluster', highlight: true },
  {
    title: 'Health',
    render: c => (
      <ClusterStateStatus state={placementClusterState(c, options)} />
    ),
  },
  {
    title: 'Desired',
    render: c => c.scheduledReplicas ?? dash,
    align: 'right',
  },
  {
    title: 'Ready',
    render: c => c.status?.readyReplicas ?? dash,
    align: 'right',
  },
  {
    title: 'Available',
    render: c => c.status?.availableReplicas ?? dash,
    align: 'right',
  },
  {
    title: 'Ready / desired',
    render: c =>
      c.scheduledReplicas !== undefined ? (
        <ReplicaBar
          ready={c.status?.readyReplicas}
          desired={c.scheduledReplicas}
          available={c.status?.availableReplicas}
        />
      ) : (
        dash
      ),
  },
  { title: 'Applied', render: applied },
  { title: 'Provider', render: c => c.facts?.provider ?? dash },
  { title: 'Region', render: c => c.facts?.region ?? dash },
  {
    title: 'Zones',
    render: c =>
      c.facts ? (
        c.facts.zones.join(', ') || dash
      ) : (
        <Typography variant="caption" color="error">
          not in the fleet
        </Typography>
      ),
  },
];

/**
 * Per cluster: desired (scheduled), ready and available replicas, health,
 * whether the manifest applied (Karmada's message on hover), provider,
 * region and zones.
 *
 * @public
 */
export function ClusterPlacementTable(props: {
  clusters: PlacementClusterDto[];
  /** The workload's rollout is young: Karmada's Unhealthy reads as Progressing. */
  rollingOut?: boolean;
}) {
  return (
    <Table<Row>
      title="Replicas per cluster"
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        toolbar: false,
      }}
      columns={columns({ rollingOut: props.rollingOut })}
      data={props.clusters.map(c => ({ ...c, id: c.cluster }))}
      emptyContent={
        <Typography variant="body2" style={{ padding: 16 }}>
          Karmada has not placed this workload on any cluster.
        </Typography>
      }
    />
  );
}
