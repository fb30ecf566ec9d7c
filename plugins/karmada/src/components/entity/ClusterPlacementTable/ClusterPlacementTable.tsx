import { CSSProperties, Fragment } from 'react';
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

// Backstage's table cells break words anywhere, which squeezes columns
// until "Progressing" reads "Progre ssing". Break at spaces and hyphens
// only (a word wider than its column still wraps, as a last resort) and
// keep short values on one line.
const cell = (nowrap = false): CSSProperties => ({
  wordBreak: 'normal',
  overflowWrap: 'break-word',
  ...(nowrap ? { whiteSpace: 'nowrap' } : {}),
});

/** Zones, comma-separated, wrapping between zones only. */
function zones(c: PlacementClusterDto) {
  if (!c.facts) {
    return (
      <Typography variant="caption" color="error">
        not in the fleet
      </Typography>
    );
  }
  if (c.facts.zones.length === 0) return dash;
  return c.facts.zones.map((z, i) => (
    <Fragment key={z}>
      {i > 0 && ', '}
      <span style={{ whiteSpace: 'nowrap' }}>{z}</span>
    </Fragment>
  ));
}

const columns = (options: ClusterStateOptions): TableColumn<Row>[] => {
  const list: TableColumn<Row>[] = [
    {
      title: 'Cluster',
      field: 'cluster',
      highlight: true,
      // Room for a typical name on one line; longer ones wrap at hyphens.
      cellStyle: { ...cell(), minWidth: '16em' },
    },
    {
      title: 'Health',
      render: c => (
        <ClusterStateStatus state={placementClusterState(c, options)} />
      ),
      cellStyle: cell(true),
    },
    {
      // Ready out of desired (scheduled), as kubectl shows it: a bar and `1/2`.
      title: 'Ready',
      render: c =>
        c.scheduledReplicas !== undefined ? (
          <ReplicaBar
            ready={c.status?.readyReplicas}
            desired={c.scheduledReplicas}
            available={c.status?.availableReplicas}
          />
        ) : (
          c.status?.readyReplicas ?? dash
        ),
      cellStyle: cell(true),
    },
    {
      title: 'Available',
      render: c => c.status?.availableReplicas ?? dash,
      align: 'right',
      cellStyle: cell(true),
    },
    { title: 'Applied', render: applied, cellStyle: cell(true) },
    {
      title: 'Provider',
      render: c => c.facts?.provider ?? dash,
      cellStyle: cell(true),
    },
    {
      title: 'Region',
      render: c => c.facts?.region ?? dash,
      cellStyle: cell(true),
    },
    { title: 'Zones', render: zones, cellStyle: cell() },
  ];
  // material-table gives unsized columns equal shares of the width; `auto`
  // lets the browser size each by its content instead. Titles are single
  // words: never broken.
  return list.map(c => ({
    ...c,
    width: 'auto',
    headerStyle: { whiteSpace: 'nowrap' },
  }));
};

/**
 * Per cluster: health, ready out of desired (scheduled) replicas as a bar
 * and `ready/desired`, available replicas, whether the manifest applied
 * (Karmada's message on hover), provider, region and zones.
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
