import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import DeleteIcon from '@material-ui/icons/Delete';
import { FieldErrors } from '../FieldErrors';
import type { DifferentialItemValue } from '../types';
import {
  DifferentialChangeEditor,
  CHANGE_LABELS,
  type ChangeKey,
} from './DifferentialChangeEditor';

/**
 * Props of {@link DifferentialItemEditor}.
 *
 * @public
 */
export interface DifferentialItemEditorProps {
  id: string;
  index: number;
  value: DifferentialItemValue;
  onChange: (value: DifferentialItemValue) => void;
  onRemove: () => void;
  /** The clusters the placement chose: the only possible targets. */
  targets: string[];
  /** Container names; the picker shows only when there are several. */
  containers: string[];
  /** Validation messages about this item. */
  errors?: string[];
}

/**
 * One differential item: target clusters (only among those the placement
 * chose), optionally the container, and the changes it makes — added one
 * kind at a time so an item holds just what differs.
 *
 * @public
 */
export function DifferentialItemEditor(props: DifferentialItemEditorProps) {
  const { id, index, value, onChange, onRemove, targets, containers, errors } =
    props;
  const outside = value.clusters.filter(c => !targets.includes(c));
  // Stale targets stay listed (disabled) so their chips show and can be removed.
  const options = [...targets, ...outside];
  const present = (Object.keys(CHANGE_LABELS) as ChangeKey[]).filter(
    k => value[k] !== undefined,
  );
  const absent = (Object.keys(CHANGE_LABELS) as ChangeKey[]).filter(
    k => value[k] === undefined,
  );
  return (
    <Box
      p={1}
      mb={1}
      border={1}
      borderColor={errors?.length ? 'error.main' : 'divider'}
      borderRadius={4}
      role="group"
      aria-label={`Item ${index + 1}`}
    >
      <Box display="flex" alignItems="center">
        <Typography variant="subtitle2">Item {index + 1}</Typography>
        <Box flexGrow={1} />
        <IconButton
          aria-label={`Remove item ${index + 1}`}
          size="small"
          onClick={onRemove}
        >
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Box>
      <FieldErrors id={id} errors={errors} />
      <Autocomplete
        id={`${id}-clusters`}
        multiple
        size="small"
        options={options}
        value={value.clusters}
        getOptionDisabled={o => !targets.includes(o)}
        onChange={(_e, clusters) => onChange({ ...value, clusters })}
        renderInput={params => (
          <TextField
            {...params}
            label="Target clusters"
            variant="outlined"
            margin="dense"
            error={outside.length > 0}
            helperText={
              outside.length
                ? `${outside.join(', ')} ${
                    outside.length === 1 ? 'is' : 'are'
                  } no longer chosen by the placement; remove ${
                    outside.length === 1 ? 'it' : 'them'
                  }.`
                : 'Only clusters the placement chose can be targeted.'
            }
          />
        )}
      />
      {containers.length > 1 && (
        <Autocomplete
          id={`${id}-container`}
          size="small"
          options={containers}
          value={value.container ?? containers[0]}
          onChange={(_e, container) =>
            onChange({ ...value, container: container ?? undefined })
          }
          renderInput={params => (
            <TextField
              {...params}
              label="Container"
              variant="outlined"
              margin="dense"
            />
          )}
        />
      )}
      {present.map(key => (
        <DifferentialChangeEditor
          key={key}
          id={`${id}-${key}`}
          change={key}
          value={value}
          onChange={onChange}
        />
      ))}
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 4 }}
      >
        <Typography variant="caption" color="textSecondary">
          Change:
        </Typography>
        {absent.map(key => (
          <Button
            key={key}
            size="small"
            variant="outlined"
            onClick={() =>
              onChange({ ...value, [key]: CHANGE_LABELS[key].initial() })
            }
          >
            {CHANGE_LABELS[key].label}
          </Button>
        ))}
      </Box>
    </Box>
  );
}
