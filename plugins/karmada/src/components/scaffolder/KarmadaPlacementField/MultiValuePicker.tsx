import type { ReactNode } from 'react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';

/**
 * Props of {@link MultiValuePicker}.
 *
 * @public
 */
export interface MultiValuePickerProps {
  id: string;
  label: string;
  value: string[] | undefined;
  options: string[];
  onChange: (value: string[]) => void;
  helperText?: ReactNode;
  error?: boolean;
  disabled?: boolean;
  /** How an option is shown in the list (the chip shows the value). */
  renderOption?: (option: string) => ReactNode;
}

/**
 * Picks several values from the fleet's facets. Free text is accepted too, so
 * the form stays usable when the fleet cannot be loaded; the validators say
 * when a typed value matches nothing.
 *
 * @public
 */
export function MultiValuePicker(props: MultiValuePickerProps) {
  const { id, label, value, options, onChange, helperText, error, disabled } =
    props;
  return (
    <Autocomplete
      id={id}
      multiple
      freeSolo
      autoSelect
      size="small"
      disabled={disabled}
      options={options}
      value={value ?? []}
      onChange={(_e, next) => onChange(next as string[])}
      renderOption={props.renderOption}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          variant="outlined"
          margin="dense"
          helperText={helperText}
          error={error}
        />
      )}
    />
  );
}
