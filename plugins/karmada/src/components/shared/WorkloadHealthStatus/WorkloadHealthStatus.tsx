import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import type { WorkloadHealth } from '@karmada-backstage/plugin-karmada-common';

const ICONS: Record<WorkloadHealth, typeof StatusOK> = {
  Healthy: StatusOK,
  Progressing: StatusRunning,
  Degraded: StatusError,
  Suspended: StatusAborted,
  Unscheduled: StatusWarning,
  Unknown: StatusPending,
};

/**
 * A workload's overall health as a Backstage status icon and its name.
 *
 * @public
 */
export function WorkloadHealthStatus(props: { health: WorkloadHealth }) {
  const Icon = ICONS[props.health] ?? StatusPending;
  return <Icon>{props.health}</Icon>;
}
