import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { WorkloadSummaryDto } from '@karmada-backstage/plugin-karmada-common';
import { useWorkloadPlacement } from '../../../hooks/useWorkloadPlacement';
import { WorkloadHealthStatus } from '../../shared/WorkloadHealthStatus';
import { WorkloadPlacementView } from '../WorkloadPlacementView';

/**
 * One workload of the entity: loads its placement and keeps it fresh
 * (polling while the page is visible). After the first load the data stays
 * on screen; a failed refresh shows beside it instead of replacing it.
 *
 * @public
 */
export function WorkloadPlacementSection(props: {
  workload: WorkloadSummaryDto;
  refreshToken?: number;
}) {
  const { workload, refreshToken } = props;
  const { value, error, loading, lastUpdated } = useWorkloadPlacement(
    workload,
    { refreshToken },
  );
  const health = value?.health ?? workload.health;
  return (
    <InfoCard
      title={workload.name}
      subheader={`Deployment in ${workload.namespace} on Karmada instance ${
        workload.instance
      }${lastUpdated ? ` · updated ${lastUpdated.toLocaleTimeString()}` : ''}`}
      action={
        // A live region: screen readers hear the health change after a refresh.
        <Typography
          component="div"
          style={{ padding: 8 }}
          role="status"
          aria-label={`Health of ${workload.name}: ${health}`}
        >
          <WorkloadHealthStatus health={health} />
        </Typography>
      }
    >
      {loading && <Progress />}
      {!loading && error && !value && <ResponseErrorPanel error={error} />}
      {error && value && (
        <WarningPanel
          severity="warning"
          title="The last refresh failed; showing the previous answer"
          message={error.message}
        />
      )}
      {value && <WorkloadPlacementView placement={value} />}
    </InfoCard>
  );
}
