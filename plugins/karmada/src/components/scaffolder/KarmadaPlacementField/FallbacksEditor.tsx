import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type {
  ClusterDto,
  FleetFacetsResponse,
} from '@karmada-backstage/plugin-karmada-common';
import type { FallbackValue } from '../types';
import { ClusterSelectionEditor } from './ClusterSelectionEditor';

function nextName(fallbacks: FallbackValue[]): string {
  const taken = new Set(fallbacks.map(f => f.name));
  let n = fallbacks.length + 1;
  while (taken.has(`fallback-${n}`)) n++;
  return `fallback-${n}`;
}

/**
 * Props of {@link FallbacksEditor}.
 *
 * @public
 */
export interface FallbacksEditorProps {
  id: string;
  value: FallbackValue[] | undefined;
  onChange: (value: FallbackValue[]) => void;
  clusters: ClusterDto[];
  facets?: FleetFacetsResponse;
}

/**
 * Fallback groups (Karmada `clusterAffinities`): when the main selection
 * cannot place the workload, Karmada tries each group in order.
 *
 * @public
 */
export function FallbacksEditor(props: FallbacksEditorProps) {
  const { id, onChange, clusters, facets } = props;
  const fallbacks = props.value ?? [];
  const update = (i: number, f: FallbackValue) =>
    onChange(fallbacks.map((o, j) => (j === i ? f : o)));
  return (
    <Box>
      <Typography variant="subtitle2">Fallback groups</Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        Tried in order when the clusters above cannot run the workload (none
        fits, or too little capacity).
      </Typography>
      {fallbacks.map((f, i) => (
        <Box
          key={i}
          mt={1}
          p={1}
          border={1}
          borderColor="divider"
          borderRadius={4}
        >
          <Box display="flex" alignItems="center">
            <TextField
              id={`${id}-${i}-name`}
              label="Group name"
              variant="outlined"
              margin="dense"
              size="small"
              value={f.name}
              onChange={e => update(i, { ...f, name: e.target.value })}
            />
            <Box flexGrow={1} />
            <IconButton
              aria-label={`Remove fallback group ${f.name}`}
              size="small"
              onClick={() => onChange(fallbacks.filter((_o, j) => j !== i))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
          <ClusterSelectionEditor
            id={`${id}-${i}`}
            value={f}
            onChange={next => update(i, next)}
            clusters={clusters}
            facets={facets}
          />
        </Box>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() =>
          onChange([
            ...fallbacks,
            { name: nextName(fallbacks), mode: 'clusters', clusterNames: [] },
          ])
        }
      >
        Add fallback group
      </Button>
    </Box>
  );
}
