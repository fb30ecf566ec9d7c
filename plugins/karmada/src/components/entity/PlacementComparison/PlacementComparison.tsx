import { Table, TableColumn } from '@backstage/core-components';
import { Typography, makeStyles } from '@material-ui/core';
import type {
  PlacementClusterDto,
  PlacementDifferenceDto,
} from '@karmada-backstage/plugin-karmada-common';
import { clusterMismatch } from '../placementClusters';

const useStyles = makeStyles(theme => ({
  mismatch: {
    background:
      theme.palette.type === 'dark'
        ? 'rgba(255,171,0,0.25)'
        : 'rgba(255,171,0,0.2)',
    borderRadius: 4,
    padding: '2px 8px',
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

type Row = PlacementClusterDto & { id: string; message?: string };

/** A count, highlighted with a spoken note when it disagrees. */
function Count(props: { value?: number; mismatch: boolean; note: string }) {
  const classes = useStyles();
  const text = props.value ?? '—';
  if (!props.mismatch) return <>{text}</>;
  return (
    <span
      className={classes.mismatch}
      title={props.note}
      aria-label={`${text}, ${props.note}`}
    >
      {text}
    </span>
  );
}

// As in the cluster table: the theme breaks cell text anywhere, which cut
// cluster names mid-word; break at hyphens and spaces instead.
const CELL = { wordBreak: 'normal', overflowWrap: 'break-word' } as const;

const columns: TableColumn<Row>[] = [
  {
    title: 'Cluster',
    field: 'cluster',
    highlight: true,
    cellStyle: { ...CELL, minWidth: '14em' },
  },
  {
    title: 'Expected (preview now)',
    align: 'right',
    render: c => (
      <Count
        value={c.expectedReplicas}
        mismatch={clusterMismatch(c).expectedVsScheduled}
        note="differs from scheduled"
      />
    ),
  },
  {
    title: 'Scheduled (binding)',
    align: 'right',
    render: c => (
      <Count
        value={c.scheduledReplicas}
        mismatch={clusterMismatch(c).expectedVsScheduled}
        note="differs from expected"
      />
    ),
  },
  {
    title: 'Running (ready)',
    align: 'right',
    render: c => (
      <Count
        value={
          c.scheduledReplicas !== undefined
            ? c.status?.readyReplicas ?? 0
            : undefined
        }
        mismatch={clusterMismatch(c).notReady}
        note="fewer ready than scheduled"
      />
    ),
  },
  { title: 'Difference', render: c => c.message ?? '', cellStyle: CELL },
];

/**
 * Expected (a preview over today's fleet), scheduled (the ResourceBinding)
 * and running (aggregated status) side by side, disagreements highlighted
 * and listed first, with the backend's explanation of each.
 *
 * @public
 */
export function PlacementComparison(props: {
  clusters: PlacementClusterDto[];
  differences: PlacementDifferenceDto[];
}) {
  const messages = new Map<string, string[]>();
  for (const d of props.differences) {
    messages.set(d.cluster, [...(messages.get(d.cluster) ?? []), d.message]);
  }
  const rows: Row[] = props.clusters
    .map(c => ({
      ...c,
      id: c.cluster,
      message: messages.get(c.cluster)?.join('; '),
    }))
    .sort((a, b) => {
      const bad = (r: Row) => {
        const m = clusterMismatch(r);
        return r.message || m.expectedVsScheduled || m.notReady ? 0 : 1;
      };
      return bad(a) - bad(b) || a.cluster.localeCompare(b.cluster);
    });
  const disagreeing = rows.filter(r => {
    const m = clusterMismatch(r);
    return r.message || m.expectedVsScheduled || m.notReady;
  }).length;
  return (
    <>
      <Typography variant="body2" paragraph>
        {disagreeing === 0
          ? 'Expected, scheduled and running agree on every cluster.'
          : `Expected, scheduled and running disagree on ${disagreeing} ${
              disagreeing === 1 ? 'cluster' : 'clusters'
            } (highlighted).`}
      </Typography>
      <Table<Row>
        options={{
          paging: false,
          search: false,
          padding: 'dense',
          toolbar: false,
        }}
        columns={columns}
        data={rows}
      />
    </>
  );
}
