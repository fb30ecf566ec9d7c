import { Chip, makeStyles } from '@material-ui/core';
import { CLUSTER_STATE_INFO, ClusterState } from '../clusterState';

const useStyles = makeStyles(theme => ({
  dot: {
    width: 10,
    height: 10,
    borderRadius: '50%',
    marginLeft: theme.spacing(1),
  },
  ok: { background: theme.palette.status.ok },
  warning: { background: theme.palette.status.warning },
  error: { background: theme.palette.status.error },
  pending: { background: theme.palette.status.pending },
  running: { background: theme.palette.status.running },
  aborted: { background: theme.palette.status.aborted },
}));

/**
 * A cluster as a small chip: a dot coloured by its state, its name and,
 * when known, `ready/desired`. The accessible name spells it all out.
 *
 * @public
 */
export function ClusterHealthChip(props: {
  name: string;
  state: ClusterState;
  ready?: number;
  desired?: number;
}) {
  const classes = useStyles();
  const info = CLUSTER_STATE_INFO[props.state];
  const counts =
    props.desired !== undefined ? ` ${props.ready ?? 0}/${props.desired}` : '';
  const spoken =
    props.desired !== undefined
      ? `${props.name}: ${props.ready ?? 0} of ${
          props.desired
        } ready, ${info.label.toLocaleLowerCase('en-US')}`
      : `${props.name}: ${info.label.toLocaleLowerCase('en-US')}`;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<span className={`${classes.dot} ${classes[info.severity]}`} />}
      label={`${props.name}${counts}`}
      aria-label={spoken}
      title={spoken}
    />
  );
}
