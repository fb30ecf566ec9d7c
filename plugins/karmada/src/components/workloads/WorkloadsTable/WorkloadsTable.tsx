import { Link, Table, TableColumn } from '@backstage/core-components';
import { Typography, makeStyles } from '@material-ui/core';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import {
  isRolloutYoung,
  type WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';
import { ClusterHealthChip } from '../../shared/ClusterHealthChip';
import { ReplicaBar } from '../../shared/ReplicaBar';
import { WorkloadHealthStatus } from '../../shared/WorkloadHealthStatus';
import { summaryClusterState } from '../../shared/clusterState';
import { workloadTotals } from '../../shared/workloadTotals';
import { workloadOwner } from '../filterWorkloads';

const useStyles = makeStyles(theme => ({
  chips: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

type Row = WorkloadSummaryDto & { id: string; entity?: string };

function Clusters(props: { workload: WorkloadSummaryDto }) {
  const classes = useStyles();
  const rollingOut = isRolloutYoung(props.workload.rollout, Date.now());
  return (
    <div className={classes.chips}>
      {props.workload.clusters.map(c => (
        <ClusterHealthChip
          key={c.name}
          name={c.name}
          state={summaryClusterState(c, { rollingOut })}
          ready={c.readyReplicas}
          desired={c.replicas}
        />
      ))}
    </div>
  );
}

/**
 * Every workload in a table: its entity (linking to the entity's
 * Multicloud tab), instance, namespace, owner, health, ready replicas and
 * clusters.
 *
 * @public
 */
export function WorkloadsTable(props: {
  workloads: WorkloadSummaryDto[];
  entityOf: (w: WorkloadSummaryDto) => string | undefined;
  linkTo: (entityRef: string) => string;
  emptyContent?: JSX.Element;
}) {
  const { workloads, entityOf, linkTo } = props;
  const columns: TableColumn<Row>[] = [
    {
      title: 'Workload',
      field: 'name',
      highlight: true,
      render: w => (
        <>
          {w.entity ? (
            <Link to={linkTo(w.entity)} aria-label={`${w.name}: where it runs`}>
              {w.name}
            </Link>
          ) : (
            w.name
          )}
          {w.image && (
            <Typography
              variant="caption"
              color="textSecondary"
              component="div"
              style={{ wordBreak: 'break-all' }}
            >
              {w.image}
            </Typography>
          )}
          {!w.propagationPolicy && (
            <Typography variant="caption" color="error" component="div">
              No PropagationPolicy: not propagated
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Entity',
      field: 'entity',
      render: w =>
        w.entity ? (
          <Link to={linkTo(w.entity)} title={w.entity}>
            {humanizeEntityRef(parseEntityRef(w.entity), {
              defaultKind: 'component',
            })}
          </Link>
        ) : (
          <Typography variant="caption" color="textSecondary">
            {w.kubernetesId
              ? `no catalog entity with kubernetes-id ${w.kubernetesId}`
              : 'no backstage.io/kubernetes-id label'}
          </Typography>
        ),
    },
    {
      title: 'Instance / namespace',
      field: 'namespace',
      render: w => `${w.instance} / ${w.namespace}`,
    },
    {
      title: 'Owner',
      render: w => {
        const owner = workloadOwner(w);
        if (!owner) return '—';
        // "guests" rather than "group:default/guests"; the full ref on hover.
        let short = owner;
        try {
          short = humanizeEntityRef(parseEntityRef(owner), {
            defaultKind: 'group',
          });
        } catch {
          // Not an entity ref (a free-text owner annotation): show it as is.
        }
        return <span title={owner}>{short}</span>;
      },
    },
    {
      title: 'Health',
      field: 'health',
      render: w => <WorkloadHealthStatus health={w.health} />,
    },
    {
      title: 'Ready',
      render: w => <ReplicaBar {...workloadTotals(w)} />,
    },
    { title: 'Clusters', render: w => <Clusters workload={w} /> },
  ];
  return (
    <Table<Row>
      title={`Workloads (${workloads.length})`}
      options={{
        paging: workloads.length > 25,
        pageSize: 25,
        search: false,
        padding: 'dense',
      }}
      columns={columns}
      data={workloads.map(w => ({
        ...w,
        id: `${w.instance}/${w.namespace}/${w.name}`,
        entity: entityOf(w),
      }))}
      emptyContent={props.emptyContent}
    />
  );
}
