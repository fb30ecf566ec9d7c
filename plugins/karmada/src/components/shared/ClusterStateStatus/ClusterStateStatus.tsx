import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';
import { CLUSTER_STATE_INFO, ClusterState } from '../clusterState';

const ICONS = {
  ok: StatusOK,
  warning: StatusWarning,
  error: StatusError,
  pending: StatusPending,
  running: StatusRunning,
  aborted: StatusAborted,
};

// Table cells break words anywhere (Backstage's theme): keep the icon and
// its words on one line so "Progressing" never reads "Progre ssing".
const useStyles = makeStyles({
  root: { display: 'inline-block', whiteSpace: 'nowrap' },
});

/**
 * A cluster's state as a Backstage status icon with its words, for tables.
 *
 * @public
 */
export function ClusterStateStatus(props: { state: ClusterState }) {
  const classes = useStyles();
  const info = CLUSTER_STATE_INFO[props.state];
  const Icon = ICONS[info.severity];
  return (
    <span className={classes.root}>
      <Icon>{info.label}</Icon>
    </span>
  );
}
