import { MenuItem, TextField, makeStyles } from '@material-ui/core';
import type { WorkloadFilterValues } from '../filterWorkloads';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  select: { minWidth: 160 },
}));

const LABELS: Record<Exclude<keyof WorkloadFilterValues, 'text'>, string> = {
  instance: 'Instance',
  namespace: 'Namespace',
  owner: 'Owner',
  entity: 'Entity',
  health: 'Health',
};

/**
 * The filter bar of the workloads page: a select per filter (only values
 * that occur are offered) and a free-text search.
 *
 * @public
 */
export function WorkloadFilters(props: {
  values: WorkloadFilterValues;
  options: Record<Exclude<keyof WorkloadFilterValues, 'text'>, string[]>;
  onChange: (
    key: keyof WorkloadFilterValues,
    value: string | undefined,
  ) => void;
}) {
  const classes = useStyles();
  const { values, options, onChange } = props;
  return (
    <div className={classes.root} role="search" aria-label="Filter workloads">
      {(Object.keys(LABELS) as Array<keyof typeof LABELS>).map(key => (
        <TextField
          key={key}
          id={`karmada-workloads-filter-${key}`}
          select
          className={classes.select}
          label={LABELS[key]}
          value={values[key] ?? ''}
          onChange={e => onChange(key, e.target.value || undefined)}
          variant="outlined"
          size="small"
          SelectProps={{ inputProps: { 'aria-label': LABELS[key] } }}
        >
          <MenuItem value="">Any</MenuItem>
          {options[key].map(option => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
      ))}
      <TextField
        id="karmada-workloads-filter-text"
        label="Search"
        placeholder="name, image or kubernetes-id"
        value={values.text ?? ''}
        onChange={e => onChange('text', e.target.value || undefined)}
        variant="outlined"
        size="small"
      />
    </div>
  );
}
