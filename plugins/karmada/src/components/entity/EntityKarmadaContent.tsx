import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Chip, Grid, Typography, makeStyles } from '@material-ui/core';
import type { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_KARMADA_INSTANCE,
  ANNOTATION_KUBERNETES_NAMESPACE,
  LABEL_KUBERNETES_ID,
} from '@karmada-backstage/plugin-karmada-common';
import {
  EntityKarmadaQuery,
  useEntityKarmadaWorkloads,
} from '../../hooks/useEntityKarmadaWorkloads';
import { WORKLOAD_PLACEMENT_POLL_MS } from '../../hooks/useWorkloadPlacement';
import { InstanceErrorsPanel } from '../shared/InstanceErrorsPanel';
import { RefreshControl } from '../shared/RefreshControl';
import { MissingAnnotationState } from './MissingAnnotationState';
import { NoWorkloadsState } from './NoWorkloadsState';
import { WorkloadPlacementSection } from './WorkloadPlacementSection';
import { entityKarmadaQuery } from './entityKarmadaQuery';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  chips: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

function Workloads(props: { entity: Entity; query: EntityKarmadaQuery }) {
  const { entity, query } = props;
  const classes = useStyles();
  // One token for the whole tab: the button refreshes the list and every section.
  const [refreshToken, setRefreshToken] = useState(0);
  const { value, error, loading, refreshing, lastUpdated } =
    useEntityKarmadaWorkloads(query, {
      refreshToken,
    });

  const header = (
    <div className={classes.header}>
      <div className={classes.chips} aria-label="How workloads are found">
        <Chip
          size="small"
          label={`${LABEL_KUBERNETES_ID}: ${query.kubernetesId}`}
        />
        {query.instance && (
          <Chip
            size="small"
            label={`${ANNOTATION_KARMADA_INSTANCE}: ${query.instance}`}
          />
        )}
        {query.namespace && (
          <Chip
            size="small"
            label={`${ANNOTATION_KUBERNETES_NAMESPACE}: ${query.namespace}`}
          />
        )}
      </div>
      <RefreshControl
        onRefresh={() => setRefreshToken(t => t + 1)}
        refreshing={refreshing}
        lastUpdated={lastUpdated}
        intervalSeconds={WORKLOAD_PLACEMENT_POLL_MS / 1000}
      />
    </div>
  );

  if (loading)
    return (
      <Progress
        aria-label={`Loading the workloads of ${entity.metadata.name}`}
      />
    );
  if (error && !value) {
    return (
      <>
        {header}
        <ResponseErrorPanel
          error={error}
          title={`Could not list the Karmada workloads of ${entity.metadata.name}`}
        />
      </>
    );
  }
  const items = value?.items ?? [];
  return (
    <Grid container spacing={3} direction="column">
      <Grid item>{header}</Grid>
      {value && value.errors.length > 0 && (
        <Grid item>
          <InstanceErrorsPanel errors={value.errors} />
        </Grid>
      )}
      {error && value && (
        <Grid item>
          <Typography variant="body2" color="error">
            The last refresh failed ({error.message}); showing the previous
            list.
          </Typography>
        </Grid>
      )}
      {items.length === 0 ? (
        <Grid item>
          <NoWorkloadsState query={query} />
        </Grid>
      ) : (
        items.map(w => (
          <Grid item key={`${w.instance}/${w.namespace}/${w.name}`}>
            <WorkloadPlacementSection
              workload={w}
              refreshToken={refreshToken}
            />
          </Grid>
        ))
      )}
    </Grid>
  );
}

/**
 * The entity's Multicloud tab: every Karmada workload labelled with the
 * entity's `backstage.io/kubernetes-id`, across instances, each with where
 * it runs and how each cluster's configuration differs. Without the
 * annotation it explains how to add it.
 *
 * @public
 */
export function EntityKarmadaContent() {
  const { entity } = useEntity();
  const query = entityKarmadaQuery(entity);
  if (!query) return <MissingAnnotationState entity={entity} />;
  return <Workloads entity={entity} query={query} />;
}
