import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';

/**
 * Props of {@link KeyValueEditor}.
 *
 * @public
 */
export interface KeyValueEditorProps {
  id: string;
  /** What one entry is, e.g. "label", "variable". */
  noun: string;
  keyLabel?: string;
  value: Array<{ key: string; value: string }>;
  onChange: (value: Array<{ key: string; value: string }>) => void;
}

/**
 * Rows of key and value (labels, annotations, environment variables).
 *
 * @public
 */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { id, noun, keyLabel = 'Key', value, onChange } = props;
  const update = (i: number, entry: { key: string; value: string }) =>
    onChange(value.map((o, j) => (j === i ? entry : o)));
  return (
    <Box>
      {value.map((entry, i) => (
        <Box key={i} display="flex" alignItems="center" style={{ gap: 8 }}>
          <TextField
            id={`${id}-${i}-key`}
            label={keyLabel}
            variant="outlined"
            margin="dense"
            size="small"
            value={entry.key}
            onChange={e => update(i, { ...entry, key: e.target.value })}
          />
          <TextField
            id={`${id}-${i}-value`}
            label="Value"
            variant="outlined"
            margin="dense"
            size="small"
            value={entry.value}
            onChange={e => update(i, { ...entry, value: e.target.value })}
          />
          <IconButton
            aria-label={`Remove ${noun} ${entry.key || i + 1}`}
            size="small"
            onClick={() => onChange(value.filter((_o, j) => j !== i))}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Box>
      ))}
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => onChange([...value, { key: '', value: '' }])}
      >
        Add {noun}
      </Button>
    </Box>
  );
}

/**
 * A map as key/value rows.
 *
 * @public
 */
export function toEntries(map: Record<string, string> | undefined) {
  return Object.entries(map ?? {}).map(([key, value]) => ({ key, value }));
}

/**
 * Key/value rows as a map (later rows win, as they would in YAML).
 *
 * @public
 */
export function fromEntries(entries: Array<{ key: string; value: string }>) {
  return Object.fromEntries(entries.map(e => [e.key, e.value]));
}

/**
 * Props of {@link MapEditor}.
 *
 * @public
 */
export interface MapEditorProps {
  id: string;
  noun: string;
  keyLabel?: string;
  value: Record<string, string> | undefined;
  onChange: (value: Record<string, string>) => void;
}

/**
 * A map edited as rows. The rows live in local state so that an empty or
 * half-typed duplicate key does not swallow another row while typing; the
 * map written out has the later row win, as YAML would.
 *
 * @public
 */
export function MapEditor(props: MapEditorProps) {
  const { value, onChange, ...rest } = props;
  const [rows, setRows] = useState(() => toEntries(value));
  return (
    <KeyValueEditor
      {...rest}
      value={rows}
      onChange={next => {
        setRows(next);
        onChange(fromEntries(next));
      }}
    />
  );
}
