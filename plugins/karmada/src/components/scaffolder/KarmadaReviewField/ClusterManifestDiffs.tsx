import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ClusterManifestDto } from '@karmada-backstage/plugin-karmada-common';
import { changeText } from '../formSpec/changeText';

/**
 * The clusters whose manifest differs from the default: each change with the
 * override rule that makes it (on hover), as the backend's override engine
 * computed them.
 *
 * @public
 */
export function ClusterManifestDiffs(props: {
  clusters: ClusterManifestDto[];
}) {
  const differing = props.clusters.filter(c => c.changes.length > 0 || c.error);
  return (
    <Box mt={2} aria-label="Per-cluster differences" role="region">
      <Typography variant="subtitle1">Per-cluster differences</Typography>
      {differing.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Every cluster gets the same manifest.
        </Typography>
      )}
      {differing.map(c => (
        <Box key={c.cluster} mt={1}>
          <Typography variant="subtitle2">
            {c.cluster}
            {c.replicas !== undefined ? ` (${c.replicas} replicas)` : ''}
          </Typography>
          {c.error && (
            <Alert severity="error">
              {c.error.reason}: {c.error.message}
            </Alert>
          )}
          {c.changes.map(change => (
            <Box
              key={`${change.path}:${change.ruleIndex}:${change.overriderIndex}`}
              component="div"
              fontFamily="monospace"
              fontSize="0.8rem"
              title={`${change.policy.kind} ${change.policy.name}, rule ${change.ruleIndex}, ${change.overrider}`}
            >
              {changeText(change)}
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}
