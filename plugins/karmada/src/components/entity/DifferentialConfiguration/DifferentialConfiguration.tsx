import { useState } from 'react';
import {
  Chip,
  FormControlLabel,
  Switch,
  Typography,
  makeStyles,
} from '@material-ui/core';
import type {
  KubernetesObject,
  PlacementClusterDto,
} from '@karmada-backstage/plugin-karmada-common';
import { OverrideChangeList } from '../../shared/OverrideChangeList';
import { ManifestView } from '../../shared/ManifestView';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
  },
  cluster: {
    borderTop: `1px solid ${theme.palette.divider}`,
    padding: theme.spacing(1.5, 0),
  },
  title: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
}));

/** How many fields differ on a cluster, or that its overrides fail. */
function ChangeCount(props: { cluster: PlacementClusterDto }) {
  const { error, changes, facts } = props.cluster;
  if (error)
    return (
      <Chip
        size="small"
        label={facts ? 'Overrides fail' : 'Not in the fleet'}
      />
    );
  if (changes.length === 0)
    return <Chip size="small" label="Same as the template" />;
  return (
    <Chip
      size="small"
      color="primary"
      label={`${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`}
    />
  );
}

/**
 * Per cluster, how the manifest it receives differs from the template:
 * the changed fields with the OverridePolicy and rule behind each (default),
 * or the full effective manifest with the differing lines highlighted.
 * Clusters that get the template unchanged say so.
 *
 * @public
 */
export function DifferentialConfiguration(props: {
  clusters: PlacementClusterDto[];
  template: KubernetesObject;
}) {
  const classes = useStyles();
  const [full, setFull] = useState(false);
  const clusters = props.clusters.filter(
    c => c.scheduledReplicas !== undefined || c.expectedReplicas !== undefined,
  );
  const same = clusters.filter(c => c.changes.length === 0).length;
  return (
    <div>
      <div className={classes.header}>
        <Typography variant="body2">
          {same === clusters.length
            ? 'Every cluster gets the template unchanged.'
            : `${clusters.length - same} of ${
                clusters.length
              } clusters get a different configuration.`}{' '}
          Replica counts come from scheduling, not from overrides.
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={full}
              onChange={(_e, v) => setFull(v)}
              color="primary"
            />
          }
          label="Show full manifests"
        />
      </div>
      {clusters.map(c => (
        <section
          key={c.cluster}
          className={classes.cluster}
          aria-label={`Configuration on ${c.cluster}`}
        >
          <div className={classes.title}>
            <Typography variant="subtitle2" component="h4">
              {c.cluster}
            </Typography>
            <ChangeCount cluster={c} />
          </div>
          {c.error && (
            <Typography
              variant="body2"
              color={c.facts ? 'error' : 'textSecondary'}
            >
              {c.facts
                ? `The overrides fail on this cluster, in Karmada too (${c.error.reason}): ${c.error.message}`
                : 'This cluster has left the fleet, so its configuration cannot be computed.'}
            </Typography>
          )}
          {full
            ? // No manifest when the overrides fail: Karmada sends nothing.
              c.manifest && (
                <ManifestView manifest={c.manifest} template={props.template} />
              )
            : c.changes.length > 0 && (
                <OverrideChangeList
                  changes={c.changes}
                  label={`Changes on ${c.cluster}`}
                />
              )}
        </section>
      ))}
    </div>
  );
}
