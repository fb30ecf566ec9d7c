import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Typography, makeStyles } from '@material-ui/core';
import {
  isRolloutYoung,
  type WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';
import {
  EntityKarmadaQuery,
  useEntityKarmadaWorkloads,
} from '../../hooks/useEntityKarmadaWorkloads';
import { useEntityMulticloudLink } from '../../hooks/useEntityMulticloudLink';
import { ClusterHealthChip } from '../shared/ClusterHealthChip';
import { ReplicaBar } from '../shared/ReplicaBar';
import { WorkloadHealthStatus } from '../shared/WorkloadHealthStatus';
import { summaryClusterState } from '../shared/clusterState';
import { workloadTotals } from '../shared/workloadTotals';
import { MissingAnnotationState } from './MissingAnnotationState';
import { NoWorkloadsState } from './NoWorkloadsState';
import { entityKarmadaQuery } from './entityKarmadaQuery';

const useStyles = makeStyles(theme => ({
  workload: {
    padding: theme.spacing(1, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
  bar: { maxWidth: 240, flex: 1 },
}));

function WorkloadRow(props: { workload: WorkloadSummaryDto }) {
  const classes = useStyles();
  const w = props.workload;
  const rollingOut = isRolloutYoung(w.rollout, Date.now());
  return (
    <div className={classes.workload}>
      <div className={classes.row}>
        <Typography variant="subtitle2">
          {w.name}{' '}
          <Typography variant="caption" color="textSecondary" component="span">
            {w.instance}/{w.namespace} · {w.clusters.length}{' '}
            {w.clusters.length === 1 ? 'cluster' : 'clusters'}
          </Typography>
        </Typography>
        <WorkloadHealthStatus health={w.health} />
      </div>
      <div className={classes.bar}>
        <ReplicaBar {...workloadTotals(w)} />
      </div>
      <div className={classes.chips}>
        {w.clusters.map(c => (
          <ClusterHealthChip
            key={c.name}
            name={c.name}
            state={summaryClusterState(c, { rollingOut })}
            ready={c.readyReplicas}
            desired={c.replicas}
          />
        ))}
      </div>
    </div>
  );
}

function Workloads(props: { query: EntityKarmadaQuery }) {
  const { value, error, loading } = useEntityKarmadaWorkloads(props.query);
  if (loading) return <Progress />;
  if (error && !value) return <ResponseErrorPanel error={error} />;
  const items = value?.items ?? [];
  const failed = value?.errors ?? [];
  return (
    <>
      {failed.length > 0 && (
        <Typography variant="body2" color="error" paragraph>
          {`Not reachable: ${failed
            .map(e => `${e.instance} (${e.error.message})`)
            .join(', ')}.`}
        </Typography>
      )}
      {items.length === 0 ? (
        <NoWorkloadsState query={props.query} compact />
      ) : (
        items.map(w => (
          <WorkloadRow
            key={`${w.instance}/${w.namespace}/${w.name}`}
            workload={w}
          />
        ))
      )}
    </>
  );
}

/**
 * The entity overview card: each Karmada workload with its health, ready
 * replicas out of desired and its clusters, linking to the Multicloud tab;
 * without the annotation, how to add it.
 *
 * @public
 */
export function EntityKarmadaCard() {
  const { entity } = useEntity();
  const query = entityKarmadaQuery(entity);
  const link = useEntityMulticloudLink()(stringifyEntityRef(entity));
  return (
    <InfoCard
      title="Multicloud"
      subheader="Where this runs on Karmada"
      deepLink={
        query
          ? { link, title: 'Where it runs and how clusters differ' }
          : undefined
      }
    >
      {query ? (
        <Workloads query={query} />
      ) : (
        <MissingAnnotationState entity={entity} compact />
      )}
    </InfoCard>
  );
}
