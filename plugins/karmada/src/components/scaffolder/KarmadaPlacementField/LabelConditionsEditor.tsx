import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import DeleteIcon from '@material-ui/icons/Delete';
import AddIcon from '@material-ui/icons/Add';
import type { ClusterLabelConditionValue } from '../types';
import { MultiValuePicker } from './MultiValuePicker';

const OPERATORS: Array<{
  value: ClusterLabelConditionValue['operator'];
  label: string;
}> = [
  { value: 'Exists', label: 'exists' },
  { value: 'Equal', label: 'equal' },
  { value: 'In', label: 'in' },
  { value: 'NotIn', label: 'not in' },
  { value: 'DoesNotExist', label: 'does not exist' },
];

/** Keeps only the value fields the operator uses (the spec rejects the others). */
function withOperator(
  c: ClusterLabelConditionValue,
  operator: ClusterLabelConditionValue['operator'],
): ClusterLabelConditionValue {
  if (operator === 'Equal') {
    return { key: c.key, operator, value: c.value ?? c.values?.[0] ?? '' };
  }
  if (operator === 'In' || operator === 'NotIn') {
    return {
      key: c.key,
      operator,
      values: c.values ?? (c.value ? [c.value] : []),
    };
  }
  return { key: c.key, operator };
}

/**
 * Props of {@link LabelConditionsEditor}.
 *
 * @public
 */
export interface LabelConditionsEditorProps {
  id: string;
  value: ClusterLabelConditionValue[] | undefined;
  /** Label key → values present in the fleet. */
  labels: Record<string, string[]>;
  onChange: (value: ClusterLabelConditionValue[]) => void;
}

/**
 * "Specify labels": conditions on member cluster labels, all of which a
 * cluster must meet. Keys and values are offered from the fleet.
 *
 * @public
 */
export function LabelConditionsEditor(props: LabelConditionsEditorProps) {
  const { id, labels, onChange } = props;
  const conditions = props.value ?? [];
  const update = (i: number, c: ClusterLabelConditionValue) =>
    onChange(conditions.map((o, j) => (j === i ? c : o)));
  return (
    <Box>
      {conditions.map((c, i) => (
        <Box key={i} display="flex" alignItems="center" style={{ gap: 8 }}>
          <Box flex={2}>
            <Autocomplete
              id={`${id}-key-${i}`}
              freeSolo
              autoSelect
              size="small"
              options={Object.keys(labels)}
              value={c.key}
              onChange={(_e, key) =>
                update(i, { ...c, key: (key as string) ?? '' })
              }
              renderInput={params => (
                <TextField
                  {...params}
                  label="Label key"
                  variant="outlined"
                  margin="dense"
                />
              )}
            />
          </Box>
          <Box flex={1}>
            <TextField
              select
              fullWidth
              id={`${id}-operator-${i}`}
              label="Operator"
              variant="outlined"
              margin="dense"
              size="small"
              value={c.operator}
              onChange={e =>
                update(
                  i,
                  withOperator(
                    c,
                    e.target.value as ClusterLabelConditionValue['operator'],
                  ),
                )
              }
            >
              {OPERATORS.map(o => (
                <MenuItem key={o.value} value={o.value}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <Box flex={2}>
            {c.operator === 'Equal' && (
              <Autocomplete
                id={`${id}-value-${i}`}
                freeSolo
                autoSelect
                size="small"
                options={labels[c.key] ?? []}
                value={c.value ?? ''}
                onChange={(_e, v) =>
                  update(i, { ...c, value: (v as string) ?? '' })
                }
                renderInput={params => (
                  <TextField
                    {...params}
                    label="Value"
                    variant="outlined"
                    margin="dense"
                  />
                )}
              />
            )}
            {(c.operator === 'In' || c.operator === 'NotIn') && (
              <MultiValuePicker
                id={`${id}-values-${i}`}
                label="Values"
                value={c.values}
                options={labels[c.key] ?? []}
                onChange={values => update(i, { ...c, values })}
              />
            )}
          </Box>
          <IconButton
            aria-label={`Remove label condition ${i + 1}`}
            size="small"
            onClick={() => onChange(conditions.filter((_o, j) => j !== i))}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() =>
          onChange([...conditions, { key: '', operator: 'Exists' }])
        }
      >
        Add label condition
      </Button>
    </Box>
  );
}
