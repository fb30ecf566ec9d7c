import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import type { GroupsValue } from '../types';

function toNumber(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}

/**
 * Props of {@link SpreadOptions}.
 *
 * @public
 */
export interface SpreadOptionsProps {
  id: string;
  /** "regions" or "clusters", in the labels. */
  unit: 'regions' | 'clusters';
  label: string;
  value: GroupsValue | undefined;
  onChange: (value: GroupsValue | undefined) => void;
  /** The count of groups in the fleet, the default maximum. */
  available: number;
}

/**
 * A spread constraint as a switch and two numbers: "Dynamic region selection"
 * (Karmada picks between min and max regions, one cluster each) or a cluster
 * limit.
 *
 * @public
 */
export function SpreadOptions(props: SpreadOptionsProps) {
  const { id, unit, label, value, onChange, available } = props;
  const unitLabel = unit === 'regions' ? 'regions' : 'clusters';
  return (
    <Box>
      <FormControlLabel
        label={label}
        control={
          <Switch
            id={`${id}-enabled`}
            checked={Boolean(value)}
            onChange={(_e, on) =>
              onChange(
                on
                  ? { minGroups: 1, maxGroups: Math.max(1, available) }
                  : undefined,
              )
            }
          />
        }
      />
      {value && (
        <Box display="flex" style={{ gap: 8 }}>
          <TextField
            id={`${id}-min`}
            type="number"
            label={`Minimum ${unitLabel}`}
            variant="outlined"
            margin="dense"
            size="small"
            value={value.minGroups ?? ''}
            onChange={e =>
              onChange({ ...value, minGroups: toNumber(e.target.value) })
            }
          />
          <TextField
            id={`${id}-max`}
            type="number"
            label={`Maximum ${unitLabel}`}
            variant="outlined"
            margin="dense"
            size="small"
            value={value.maxGroups ?? ''}
            onChange={e =>
              onChange({ ...value, maxGroups: toNumber(e.target.value) })
            }
          />
        </Box>
      )}
    </Box>
  );
}
