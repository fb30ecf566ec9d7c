import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import IconButton from '@material-ui/core/IconButton';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type { SchedulingType, SchedulingValue } from '../types';
import { StaticWeightTarget } from './StaticWeightTarget';

/**
 * The replica scheduling types in the form's words, with what each does.
 *
 * @public
 */
export const SCHEDULING_TYPE_LABELS: Record<
  SchedulingType,
  { label: string; description: string }
> = {
  Duplicated: {
    label: 'Duplicated',
    description: 'Every chosen cluster runs all replicas.',
  },
  Aggregated: {
    label: 'Aggregated',
    description:
      'The replicas are divided over as few clusters as can hold them.',
  },
  DynamicWeight: {
    label: 'Dynamic weight',
    description:
      'The replicas are divided in proportion to the room each cluster has.',
  },
  StaticWeight: {
    label: 'Static weights',
    description:
      'The replicas are divided by weights you give per cluster or cluster label.',
  },
};

/**
 * Props of {@link ReplicaSchedulingEditor}.
 *
 * @public
 */
export interface ReplicaSchedulingEditorProps {
  id: string;
  value: SchedulingValue;
  onChange: (value: SchedulingValue) => void;
  /** Clusters offered for static weights. */
  clusterNames: string[];
  /** Cluster label key → values in the fleet, offered for static weights. */
  labels?: Record<string, string[]>;
  /** The types offered (default all four). */
  types?: SchedulingType[];
}

/**
 * Replica scheduling: Duplicated, Aggregated, Dynamic weight or static weights.
 *
 * @public
 */
export function ReplicaSchedulingEditor(props: ReplicaSchedulingEditorProps) {
  const { id, value, onChange, clusterNames, labels = {} } = props;
  const types = props.types?.length
    ? props.types
    : (Object.keys(SCHEDULING_TYPE_LABELS) as SchedulingType[]);
  const weights = value.weights ?? [];
  const setWeights = (list: SchedulingValue['weights']) =>
    onChange({ ...value, weights: list });
  return (
    <FormControl component="fieldset" margin="dense" fullWidth>
      <FormLabel component="legend">Replica scheduling</FormLabel>
      <RadioGroup
        row
        aria-label="Replica scheduling"
        name={`${id}-type`}
        value={value.type}
        onChange={e => {
          const type = e.target.value as SchedulingType;
          onChange(
            type === 'StaticWeight'
              ? {
                  type,
                  weights: weights.length
                    ? weights
                    : [{ clusterNames: [], weight: 1 }],
                }
              : { type },
          );
        }}
      >
        {types.map(type => (
          <FormControlLabel
            key={type}
            value={type}
            control={<Radio size="small" />}
            label={SCHEDULING_TYPE_LABELS[type].label}
            title={SCHEDULING_TYPE_LABELS[type].description}
          />
        ))}
      </RadioGroup>
      <Box fontSize="0.75rem" color="text.secondary">
        {SCHEDULING_TYPE_LABELS[value.type]?.description}
      </Box>
      {value.type === 'StaticWeight' &&
        weights.map((w, i) => (
          <Box key={i} display="flex" alignItems="center" style={{ gap: 8 }}>
            <Box flex={3}>
              <StaticWeightTarget
                id={`${id}-weight-${i}`}
                value={w}
                clusterNames={clusterNames}
                labels={labels}
                onChange={next =>
                  setWeights(weights.map((o, j) => (j === i ? next : o)))
                }
              />
            </Box>
            <TextField
              id={`${id}-weight-${i}`}
              type="number"
              label="Weight"
              variant="outlined"
              margin="dense"
              size="small"
              value={Number.isFinite(w.weight) ? w.weight : ''}
              onChange={e =>
                setWeights(
                  weights.map((o, j) =>
                    j === i ? { ...o, weight: Number(e.target.value) } : o,
                  ),
                )
              }
            />
            <IconButton
              aria-label={`Remove weight ${i + 1}`}
              size="small"
              onClick={() => setWeights(weights.filter((_o, j) => j !== i))}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Box>
        ))}
      {value.type === 'StaticWeight' && (
        <Box>
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() =>
              setWeights([...weights, { clusterNames: [], weight: 1 }])
            }
          >
            Add weight
          </Button>
        </Box>
      )}
    </FormControl>
  );
}
