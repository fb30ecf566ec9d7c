import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { CLUSTER_STATE_INFO, ClusterState } from '../clusterState';

const ICONS = {
  ok: StatusOK,
  warning: StatusWarning,
  error: StatusError,
  pending: StatusPending,
  aborted: StatusAborted,
};

/**
 * A cluster's state as a Backstage status icon with its words, for tables.
 *
 * @public
 */
export function ClusterStateStatus(props: { state: ClusterState }) {
  const info = CLUSTER_STATE_INFO[props.state];
  const Icon = ICONS[info.severity];
  return <Icon>{info.label}</Icon>;
}
