import { useState } from 'react';
import { Box, Button, Tab, Tabs, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  isRolloutYoung,
  type WorkloadPlacementResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { ClusterMap } from '../../shared/ClusterMap';
import { placementClusterState } from '../../shared/clusterState';
import { ClusterPlacementTable } from '../ClusterPlacementTable';
import { DifferentialConfiguration } from '../DifferentialConfiguration';
import { PlacementComparison } from '../PlacementComparison';
import { PolicySummary } from '../PolicySummary';
import { WorkloadDependencies } from '../WorkloadDependencies';
import { clusterMismatch, placementMapClusters } from '../placementClusters';

type TabId = 'clusters' | 'comparison' | 'configuration' | 'dependencies';

/**
 * Everything about one workload's placement: the policy in words and
 * Karmada's conditions, the picture of where it runs, then tabs for the
 * per-cluster table, expected vs actual (scheduled and running), the
 * differential configuration and the dependencies. Tab labels carry the
 * counts that need attention so nothing hides behind a tab.
 *
 * @public
 */
export function WorkloadPlacementView(props: {
  placement: WorkloadPlacementResponse;
}) {
  const { placement } = props;
  const [tab, setTab] = useState<TabId>('clusters');
  const disagreeing = new Set([
    ...placement.differences.map(d => d.cluster),
    ...placement.clusters
      .filter(c => {
        const m = clusterMismatch(c);
        return m.expectedVsScheduled || m.notReady;
      })
      .map(c => c.cluster),
  ]).size;
  const changed = placement.clusters.filter(c => c.changes.length > 0).length;
  const missing = placement.dependencies.filter(
    d => d.status === 'missing',
  ).length;
  const unpropagated = placement.dependencies.filter(
    d => d.status === 'unknown',
  ).length;
  // Judged at render: the tab polls, so Unhealthy turns red once the
  // rollout's deadline passes.
  const rollingOut = isRolloutYoung(placement.rollout, Date.now());
  const mapClusters = placementMapClusters(placement.clusters, { rollingOut });
  // Replicas still becoming ready during a young rollout are news, not a
  // problem: say so in blue. Amber stays for what needs a look: a failed
  // or late rollout, the preview and Karmada disagreeing, a dependency.
  const onlyRollingOut =
    rollingOut &&
    placement.health === 'Progressing' &&
    missing + unpropagated === 0 &&
    placement.clusters.every(c => {
      const m = clusterMismatch(c);
      if (m.expectedVsScheduled) return false;
      const state = placementClusterState(c, { rollingOut });
      return !m.notReady || state === 'progressing' || state === 'pending';
    });

  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <PolicySummary placement={placement} />
      {mapClusters.length > 0 ? (
        <ClusterMap
          clusters={mapClusters}
          title={`Where ${placement.name} runs, by provider, region and zone`}
        />
      ) : (
        <Typography variant="body2">
          Karmada has not placed this workload on any cluster yet.
        </Typography>
      )}
      {(disagreeing > 0 || missing + unpropagated > 0) && (
        <Alert
          severity={onlyRollingOut ? 'info' : 'warning'}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() =>
                setTab(disagreeing > 0 ? 'comparison' : 'dependencies')
              }
            >
              Details
            </Button>
          }
        >
          {[
            ...placement.differences
              .slice(0, 3)
              .map(d => `${d.cluster}: ${d.message}`),
            ...(placement.differences.length > 3
              ? [`and ${placement.differences.length - 3} more`]
              : []),
            ...placement.dependencies
              .filter(d => d.status !== 'present')
              .map(d =>
                d.status === 'missing'
                  ? `${d.kind} ${d.name} is missing in ${d.namespace}`
                  : `${d.kind} ${d.name} is not propagated yet`,
              ),
          ].map(line => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(_e, v: TabId) => setTab(v)}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
        aria-label={`Details of ${placement.name}`}
      >
        <Tab
          value="clusters"
          label={`Clusters (${placement.clusters.length})`}
        />
        <Tab
          value="comparison"
          label={`Expected vs actual${
            disagreeing ? ` (${disagreeing} differ)` : ''
          }`}
        />
        <Tab
          value="configuration"
          label={`Configuration${changed ? ` (${changed} differ)` : ''}`}
        />
        <Tab
          value="dependencies"
          label={`Dependencies (${[
            String(placement.dependencies.length),
            missing && `${missing} missing`,
            unpropagated && `${unpropagated} not propagated`,
          ]
            .filter(Boolean)
            .join(', ')})`}
        />
      </Tabs>
      <div role="tabpanel">
        {tab === 'clusters' && (
          <ClusterPlacementTable
            clusters={placement.clusters}
            rollingOut={rollingOut}
          />
        )}
        {tab === 'comparison' && (
          <PlacementComparison
            clusters={placement.clusters}
            differences={placement.differences}
          />
        )}
        {tab === 'configuration' && (
          <DifferentialConfiguration
            clusters={placement.clusters}
            template={placement.resource}
          />
        )}
        {tab === 'dependencies' && (
          <WorkloadDependencies
            dependencies={placement.dependencies}
            namespace={placement.namespace}
          />
        )}
      </div>
    </Box>
  );
}
