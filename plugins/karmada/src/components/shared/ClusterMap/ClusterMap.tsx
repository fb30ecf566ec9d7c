import { Box, Typography, makeStyles } from '@material-ui/core';
import { CLUSTER_STATE_INFO, ClusterState } from '../clusterState';
import { ClusterMapItem, groupClusters } from './groupClusters';

const useStyles = makeStyles(theme => ({
  provider: {
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  regions: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
  region: {
    flex: '1 1 220px',
    background: theme.palette.background.default,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(1),
  },
  zone: { marginTop: theme.spacing(0.5) },
  tiles: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
  },
  tile: {
    minWidth: 88,
    minHeight: 56,
    padding: theme.spacing(0.5, 1),
    borderRadius: theme.shape.borderRadius,
    color: theme.palette.common.white,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    overflow: 'hidden',
  },
  ok: { background: theme.palette.status.ok },
  warning: {
    background: theme.palette.status.warning,
    color: theme.palette.common.black,
  },
  error: { background: theme.palette.status.error },
  pending: {
    background: theme.palette.status.pending,
    color: theme.palette.common.black,
  },
  // Progressing: neutral blue, a rollout under way is not a problem.
  running: { background: theme.palette.status.running },
  aborted: { background: theme.palette.status.aborted },
  // Expected but not scheduled: an outline, since nothing runs there.
  outlined: {
    background: 'transparent',
    color: theme.palette.text.primary,
    border: `2px dashed ${theme.palette.status.warning}`,
  },
  // One line; a tile narrower than its name ends it with an ellipsis (the
  // tile's title and accessible name carry it in full).
  name: {
    fontWeight: theme.typography.fontWeightBold as number,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginTop: theme.spacing(1),
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    borderRadius: 2,
    marginRight: 4,
    verticalAlign: 'middle',
  },
}));

/**
 * A cluster of a {@link ClusterMap} with its state.
 *
 * @public
 */
export interface ClusterMapCluster extends ClusterMapItem {
  state: ClusterState;
}

function describe(c: ClusterMapCluster): string {
  const where = [c.provider, c.region, ...c.zones].filter(Boolean).join(', ');
  const ready = c.ready !== undefined ? `, ${c.ready} ready` : '';
  const state = CLUSTER_STATE_INFO[c.state].label.toLocaleLowerCase('en-US');
  return `${c.name}${where ? ` (${where})` : ''}: ${c.replicas} ${
    c.replicas === 1 ? 'replica' : 'replicas'
  }${ready}, ${state}`;
}

/**
 * Where a workload runs, as a picture: clusters grouped provider → region →
 * zone, each tile sized by its replicas and coloured by its state. Built
 * from lists and groups so screen readers read it as text.
 *
 * @public
 */
export function ClusterMap(props: {
  clusters: ClusterMapCluster[];
  title?: string;
}) {
  const classes = useStyles();
  const groups = groupClusters(props.clusters);
  const max = Math.max(1, ...props.clusters.map(c => c.replicas));
  const states = [...new Set(props.clusters.map(c => c.state))];
  return (
    <Box
      role="group"
      aria-label={props.title ?? 'Clusters by provider, region and zone'}
    >
      {groups.map(provider => (
        <section
          key={provider.key}
          className={classes.provider}
          aria-label={`Provider ${provider.label}`}
        >
          <Typography variant="subtitle2">
            {provider.label} · {provider.replicas}{' '}
            {provider.replicas === 1 ? 'replica' : 'replicas'}
          </Typography>
          <div className={classes.regions}>
            {provider.children.map(region => (
              <div
                key={region.key}
                className={classes.region}
                role="group"
                aria-label={`Region ${region.label}`}
              >
                <Typography variant="caption" color="textSecondary">
                  {region.label}
                </Typography>
                {region.children.map(zone => (
                  <div key={zone.key} className={classes.zone}>
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {zone.label}
                    </Typography>
                    <ul
                      className={classes.tiles}
                      aria-label={`Zone ${zone.label}`}
                    >
                      {zone.children.map(c => {
                        const severity = CLUSTER_STATE_INFO[c.state].severity;
                        const label = describe(c);
                        // Width grows with the share of replicas; empty clusters keep a minimum.
                        const grow = Math.max(c.replicas, 0.5) / max;
                        return (
                          <li
                            key={c.name}
                            aria-label={label}
                            title={label}
                            className={`${classes.tile} ${
                              c.state === 'expected'
                                ? classes.outlined
                                : classes[severity]
                            }`}
                            style={{
                              flex: `${grow} 1 ${Math.round(
                                88 + 120 * grow,
                              )}px`,
                            }}
                          >
                            <span className={classes.name}>{c.name}</span>
                            <span aria-hidden>
                              {c.ready !== undefined
                                ? `${c.ready}/${c.replicas}`
                                : c.replicas}
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
      <div className={classes.legend} aria-hidden>
        {states.map(s => (
          <Typography key={s} variant="caption">
            <span
              className={`${classes.swatch} ${
                s === 'expected'
                  ? classes.outlined
                  : classes[CLUSTER_STATE_INFO[s].severity]
              }`}
            />
            {CLUSTER_STATE_INFO[s].label}
          </Typography>
        ))}
      </div>
    </Box>
  );
}
