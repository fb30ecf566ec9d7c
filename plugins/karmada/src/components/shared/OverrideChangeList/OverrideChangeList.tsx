import {
  List,
  ListItem,
  ListItemText,
  Typography,
  makeStyles,
} from '@material-ui/core';
import type { OverrideChangeDto } from '@karmada-backstage/plugin-karmada-common';
import {
  changeKind,
  formatChangeSource,
  formatValue,
} from './formatOverrideChange';

const useStyles = makeStyles(theme => ({
  path: {
    fontFamily: 'monospace',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  before: {
    fontFamily: 'monospace',
    textDecoration: 'line-through',
    color: theme.palette.text.secondary,
    wordBreak: 'break-all',
  },
  after: {
    fontFamily: 'monospace',
    background:
      theme.palette.type === 'dark'
        ? 'rgba(46,160,67,0.25)'
        : 'rgba(46,160,67,0.15)',
    wordBreak: 'break-all',
  },
}));

/**
 * The fields an override changed, one per line: the path, the template's
 * value struck through, the cluster's value, and the OverridePolicy (or
 * ClusterOverridePolicy) and rule that made the change.
 *
 * @public
 */
export function OverrideChangeList(props: {
  changes: OverrideChangeDto[];
  /** Accessible name, e.g. "Changes on member1". */
  label?: string;
}) {
  const classes = useStyles();
  return (
    <List dense disablePadding aria-label={props.label}>
      {props.changes.map((change, index) => {
        const kind = changeKind(change);
        const source = formatChangeSource(change);
        return (
          <ListItem key={`${change.path}-${index}`} disableGutters divider>
            <ListItemText
              disableTypography
              primary={
                <Typography variant="body2" component="div">
                  <span className={classes.path} title={change.path}>
                    {change.displayPath || change.path}
                  </span>{' '}
                  {kind !== 'added' && (
                    <span
                      className={classes.before}
                      aria-label={`was ${formatValue(change.before)}`}
                    >
                      {formatValue(change.before)}
                    </span>
                  )}
                  {kind === 'changed' && ' → '}
                  {kind !== 'removed' ? (
                    <span className={classes.after}>
                      {formatValue(change.after)}
                    </span>
                  ) : (
                    ' (removed)'
                  )}
                  {kind === 'added' && ' (added)'}
                </Typography>
              }
              secondary={
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  by {source}
                </Typography>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
