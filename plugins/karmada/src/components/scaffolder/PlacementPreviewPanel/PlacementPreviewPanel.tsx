import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  headroomText,
  PreviewView,
  previewTotal,
  replicasText,
} from './previewFacts';
import { LeftOutClusters } from './LeftOutClusters';
import { splitSelected } from './splitSelected';
import { TieNotes } from './TieNotes';

/**
 * Props of {@link PlacementPreviewPanel}.
 *
 * @public
 */
export interface PlacementPreviewPanelProps {
  /** The last preview (see `readPreview`); shown while a newer one loads. */
  preview?: PreviewView;
  loading?: boolean;
  error?: Error;
  /** Why there is no preview yet (e.g. the placement is incomplete). */
  pending?: string;
  /** Total clusters in the snapshot and whether it is complete. */
  fleet?: { clusters: number; ready: boolean };
  /**
   * The preview was asked without per-replica requirements: headroom counts
   * pods only, and the division may change once CPU and memory are known.
   */
  podsOnly?: boolean;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

// Names break only at their hyphens: the theme lets table cells break
// anywhere, which cut "aws-us-east-1-prod" into "aws- us- east-1- prod".
const CLUSTER_NAME = {
  wordBreak: 'normal',
  overflowWrap: 'normal',
  minWidth: '8em',
} as const;

/**
 * Provider and region; the zones on hover: the panel is narrow, and zones
 * in the cell squeezed the region into broken words.
 */
function Where(props: {
  e: { provider?: string; region?: string; zones: string[] };
}) {
  const { e } = props;
  const zones = e.zones.join(', ');
  return (
    <span
      style={{ wordBreak: 'normal', overflowWrap: 'normal' }}
      title={zones ? `zones: ${zones}` : undefined}
    >
      {[e.provider, e.region].filter(Boolean).join(' / ')}
    </span>
  );
}

/**
 * The expected placement: clusters with their replicas and headroom, ties
 * Karmada breaks by the binding's UID, every other cluster with the reason it
 * was left out (plain words; Karmada's on hover), warnings and the total.
 *
 * @public
 */
export function PlacementPreviewPanel(props: PlacementPreviewPanelProps) {
  const { preview, loading, error, pending, fleet, podsOnly } = props;
  const { placed: selected, leftOut } = splitSelected(preview);
  const total = preview ? previewTotal(preview) : undefined;
  return (
    <Paper variant="outlined" aria-label="Expected placement" role="region">
      <Box p={2}>
        <Typography variant="h6">Expected placement</Typography>
        <Box height={4}>
          {loading && <LinearProgress aria-label="Updating preview" />}
        </Box>
        {fleet && !fleet.ready && (
          <Alert severity="info">
            The fleet is still loading ({fleet.clusters} clusters so far); the
            preview may change.
          </Alert>
        )}
        {error && (
          <Alert severity="error">Could not preview: {error.message}</Alert>
        )}
        {!preview && pending && (
          <Typography color="textSecondary">{pending}</Typography>
        )}
        {preview && !preview.schedulable && (
          <Alert severity="error">
            Karmada cannot place the workload (
            {preview.error?.reason ?? 'Unschedulable'}):{' '}
            {preview.error?.message ?? 'no reason given'}
          </Alert>
        )}
        {preview?.attempts && preview.attempts.length > 1 && (
          <Box my={1}>
            {preview.attempts.map(a => (
              <Typography key={a.affinityName} variant="body2">
                Group “{a.affinityName}”:{' '}
                {a.error ? `skipped — ${a.error.message}` : 'used'}
              </Typography>
            ))}
          </Box>
        )}
        {preview && selected.length > 0 && (
          <Table size="small" aria-label="Scheduled clusters">
            <TableHead>
              <TableRow>
                <TableCell>Cluster</TableCell>
                <TableCell>Where</TableCell>
                <TableCell align="right" style={NO_WRAP}>
                  Replicas
                </TableCell>
                <TableCell align="right" style={NO_WRAP}>
                  Headroom
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {selected.map(e => (
                <TableRow key={e.name}>
                  <TableCell style={CLUSTER_NAME}>{e.name}</TableCell>
                  <TableCell>
                    <Where e={e} />
                  </TableCell>
                  <TableCell align="right" style={NO_WRAP}>
                    {replicasText(e)}
                    {e.tieBreak && (
                      <Tooltip
                        title={`Depends on Karmada's tie-break: ${replicasText(
                          e,
                        )}`}
                      >
                        <Chip
                          size="small"
                          label="tie"
                          style={{ marginLeft: 4 }}
                        />
                      </Tooltip>
                    )}
                  </TableCell>
                  <TableCell align="right" style={NO_WRAP}>
                    {headroomText(e.availableReplicas)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {preview && total && preview.schedulable && (
          <Typography variant="body2" style={{ marginTop: 8 }}>
            Total: {total.replicas} replica{total.replicas === 1 ? '' : 's'} in{' '}
            {total.clusters} cluster{total.clusters === 1 ? '' : 's'}
            {preview.strategy === 'Duplicated'
              ? ' (each runs all replicas)'
              : ''}
          </Typography>
        )}
        {preview && podsOnly && selected.length > 0 && (
          <Typography
            variant="caption"
            color="textSecondary"
            component="p"
            style={{ marginTop: 4 }}
          >
            Headroom counts pods only until the container's CPU and memory
            requests are set (Container step); the Review step shows the final
            placement.
          </Typography>
        )}
        {preview && <TieNotes ties={preview.ties} />}
        {preview &&
          preview.warnings.map(w => (
            <Alert key={`${w.code}:${w.message}`} severity="warning">
              {w.message}
            </Alert>
          ))}
        {preview && <LeftOutClusters groups={leftOut} />}
      </Box>
    </Paper>
  );
}
