import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { changeText } from '../formSpec/changeText';
import type { ClusterDiff } from './computeClusterDiffs';

/**
 * Each target cluster's differences from the default manifest, or that it
 * gets the default.
 *
 * @public
 */
export function ClusterDiffList(props: { diffs: ClusterDiff[] }) {
  return (
    <Box aria-label="Differences per cluster" role="region">
      {props.diffs.map(d => (
        <Box key={d.cluster} mb={1}>
          <Typography variant="subtitle2">{d.cluster}</Typography>
          {d.error && <Alert severity="error">{d.error}</Alert>}
          {!d.error && d.changes.length === 0 && (
            <Typography variant="body2" color="textSecondary">
              Same as the default.
            </Typography>
          )}
          {d.changes.length > 0 && (
            <Box
              component="pre"
              m={0}
              fontSize="0.8rem"
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {d.changes.map(changeText).join('\n')}
            </Box>
          )}
        </Box>
      ))}
    </Box>
  );
}
