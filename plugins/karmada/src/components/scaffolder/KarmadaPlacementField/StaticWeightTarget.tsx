import { useState } from 'react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import type { ClusterLabelConditionValue, StaticWeightValue } from '../types';
import { LabelConditionsEditor } from './LabelConditionsEditor';
import {
  conditionsToSelector,
  selectorToConditions,
} from './labelSelectorConditions';
import { MultiValuePicker } from './MultiValuePicker';

/**
 * Props of {@link StaticWeightTarget}.
 *
 * @public
 */
export interface StaticWeightTargetProps {
  id: string;
  value: StaticWeightValue;
  onChange: (value: StaticWeightValue) => void;
  /** Clusters offered by name. */
  clusterNames: string[];
  /** Label key → values present in the fleet. */
  labels: Record<string, string[]>;
}

/**
 * The clusters a static weight applies to: by name, or by cluster labels
 * (Karmada's `targetCluster.labelSelector`). Only the chosen kind is
 * written, as the spec accepts one of the two.
 *
 * @public
 */
export function StaticWeightTarget(props: StaticWeightTargetProps) {
  const { id, value, onChange, clusterNames, labels } = props;
  const byLabels = value.labelSelector !== undefined;
  // The rows live in local state, as in MapEditor: written out, "equal"
  // rows move to matchLabels, and reading them back would reorder the rows
  // while the user types. They are used only while they still write the
  // selector the form holds (the form may change it, e.g. a row removed above).
  const [rows, setRows] = useState<ClusterLabelConditionValue[]>([]);
  const conditions =
    JSON.stringify(conditionsToSelector(rows)) ===
    JSON.stringify(value.labelSelector ?? {})
      ? rows
      : selectorToConditions(value.labelSelector);
  return (
    <Box display="flex" alignItems="flex-start" style={{ gap: 8 }}>
      <TextField
        select
        id={`${id}-by`}
        label="Weight by"
        variant="outlined"
        margin="dense"
        size="small"
        style={{ minWidth: 140 }}
        value={byLabels ? 'labels' : 'clusters'}
        onChange={e => {
          setRows([]);
          onChange(
            e.target.value === 'labels'
              ? { weight: value.weight, labelSelector: {} }
              : { weight: value.weight, clusterNames: [] },
          );
        }}
      >
        <MenuItem value="clusters">Cluster names</MenuItem>
        <MenuItem value="labels">Cluster labels</MenuItem>
      </TextField>
      <Box flex={1}>
        {byLabels ? (
          <LabelConditionsEditor
            id={`${id}-labels`}
            value={conditions}
            labels={labels}
            onChange={next => {
              setRows(next);
              onChange({
                weight: value.weight,
                labelSelector: conditionsToSelector(next),
              });
            }}
          />
        ) : (
          <MultiValuePicker
            id={`${id}-clusters`}
            label="Clusters"
            value={value.clusterNames}
            options={clusterNames}
            onChange={names => onChange({ ...value, clusterNames: names })}
          />
        )}
      </Box>
    </Box>
  );
}
