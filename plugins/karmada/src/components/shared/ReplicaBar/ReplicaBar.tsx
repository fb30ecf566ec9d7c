import { makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    minWidth: 120,
  },
  track: {
    flex: 1,
    height: 8,
    borderRadius: 4,
    overflow: 'hidden',
    display: 'flex',
    background: theme.palette.action.disabledBackground,
  },
  ready: { background: theme.palette.status.ok },
  notReady: { background: theme.palette.status.warning },
  label: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
}));

/**
 * Ready replicas out of desired as a bar and `ready/desired`, with the
 * figures in its accessible name. The part not ready yet is amber so a
 * shortfall shows at a glance.
 *
 * @public
 */
export function ReplicaBar(props: {
  ready?: number;
  desired?: number;
  available?: number;
}) {
  const classes = useStyles();
  const ready = props.ready ?? 0;
  const desired = props.desired ?? 0;
  const readyPct = desired > 0 ? Math.min(100, (ready / desired) * 100) : 0;
  const available =
    props.available !== undefined ? `, ${props.available} available` : '';
  const label = `${ready} of ${desired} replicas ready${available}`;
  return (
    <div className={classes.root} role="img" aria-label={label} title={label}>
      <div className={classes.track}>
        <div className={classes.ready} style={{ width: `${readyPct}%` }} />
        {desired > ready && (
          <div
            className={classes.notReady}
            style={{ width: `${100 - readyPct}%`, opacity: 0.35 }}
          />
        )}
      </div>
      <Typography variant="body2" className={classes.label} aria-hidden>
        {ready}/{desired}
      </Typography>
    </div>
  );
}
