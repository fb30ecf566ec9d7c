import {
  CircularProgress,
  IconButton,
  Tooltip,
  Typography,
  makeStyles,
} from '@material-ui/core';
import RefreshIcon from '@material-ui/icons/Refresh';

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
}));

/**
 * A refresh button with when the data was last read and how it stays fresh.
 * The spinner replaces the icon while a refresh runs; the data stays on
 * screen meanwhile.
 *
 * @public
 */
export function RefreshControl(props: {
  onRefresh: () => void;
  refreshing?: boolean;
  lastUpdated?: Date;
  /** Seconds between automatic refreshes, shown to the user. */
  intervalSeconds?: number;
}) {
  const classes = useStyles();
  const { onRefresh, refreshing, lastUpdated, intervalSeconds } = props;
  const time = lastUpdated?.toLocaleTimeString();
  return (
    <div className={classes.root}>
      <Typography variant="caption" color="textSecondary" role="status">
        {refreshing ? 'Refreshing…' : time && `Updated ${time}`}
        {intervalSeconds
          ? ` · every ${intervalSeconds} s while this page is visible`
          : ''}
      </Typography>
      <Tooltip title="Refresh now">
        <span>
          <IconButton
            aria-label="Refresh"
            onClick={onRefresh}
            size="small"
            disabled={refreshing}
          >
            {refreshing ? (
              <CircularProgress size={18} />
            ) : (
              <RefreshIcon fontSize="small" />
            )}
          </IconButton>
        </span>
      </Tooltip>
    </div>
  );
}
