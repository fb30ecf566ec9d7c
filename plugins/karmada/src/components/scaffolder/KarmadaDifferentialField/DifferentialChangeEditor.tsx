import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import CloseIcon from '@material-ui/icons/Close';
import type { DifferentialItemValue } from '../types';
import { KeyValueEditor, MapEditor } from './KeyValueEditor';

/**
 * The kinds of change a differential item can make.
 *
 * @public
 */
export type ChangeKey =
  | 'image'
  | 'command'
  | 'args'
  | 'env'
  | 'resources'
  | 'labels'
  | 'annotations';

/**
 * Each change kind in the form's words and the value it starts from.
 *
 * @public
 */
export const CHANGE_LABELS: Record<
  ChangeKey,
  { label: string; initial: () => unknown }
> = {
  image: { label: 'Image', initial: () => ({}) },
  command: { label: 'Command', initial: () => [] },
  args: { label: 'Arguments', initial: () => [] },
  env: { label: 'Environment variables', initial: () => [] },
  resources: { label: 'Resources', initial: () => ({}) },
  labels: { label: 'Labels', initial: () => ({}) },
  annotations: { label: 'Annotations', initial: () => ({}) },
};

function lines(list: string[] | undefined) {
  return (list ?? []).join('\n');
}

function fromLines(text: string) {
  return text === '' ? [] : text.split('\n');
}

/**
 * Props of {@link DifferentialChangeEditor}.
 *
 * @public
 */
export interface DifferentialChangeEditorProps {
  id: string;
  change: ChangeKey;
  value: DifferentialItemValue;
  onChange: (value: DifferentialItemValue) => void;
}

/**
 * Edits one kind of change of a differential item; the close button removes it.
 *
 * @public
 */
export function DifferentialChangeEditor(props: DifferentialChangeEditorProps) {
  const { id, change, value, onChange } = props;
  const set = (v: unknown) => onChange({ ...value, [change]: v });
  const remove = () => {
    const next = { ...value };
    delete next[change];
    onChange(next);
  };
  const text = (
    name: string,
    label: string,
    v: string | undefined,
    on: (t: string) => void,
  ) => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      variant="outlined"
      margin="dense"
      size="small"
      value={v ?? ''}
      onChange={e => on(e.target.value)}
    />
  );
  let editor;
  switch (change) {
    case 'image': {
      const image = value.image ?? {};
      const part = (k: 'registry' | 'repository' | 'tag') => (t: string) => {
        const next = { ...image, [k]: t };
        // An empty registry means "remove the registry host"; other parts unset when empty.
        if (t === '' && k !== 'registry') delete next[k];
        set(next);
      };
      editor = (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          {text('registry', 'Registry', image.registry, part('registry'))}
          {text(
            'repository',
            'Repository',
            image.repository,
            part('repository'),
          )}
          {text('tag', 'Tag', image.tag, part('tag'))}
        </Box>
      );
      break;
    }
    case 'command':
    case 'args':
      editor = (
        <TextField
          id={`${id}-lines`}
          label={`${CHANGE_LABELS[change].label} (one per line)`}
          variant="outlined"
          margin="dense"
          size="small"
          multiline
          minRows={2}
          fullWidth
          value={lines(value[change])}
          onChange={e => set(fromLines(e.target.value))}
        />
      );
      break;
    case 'env':
      editor = (
        <KeyValueEditor
          id={`${id}-env`}
          noun="variable"
          keyLabel="Name"
          value={(value.env ?? []).map(e => ({ key: e.name, value: e.value }))}
          onChange={rows =>
            set(rows.map(r => ({ name: r.key, value: r.value })))
          }
        />
      );
      break;
    case 'resources': {
      const resources = value.resources ?? {};
      const quantity =
        (kind: 'requests' | 'limits', name: string) => (t: string) => {
          const list = { ...resources[kind] };
          if (t === '') delete list[name];
          else list[name] = t;
          set({ ...resources, [kind]: list });
        };
      editor = (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          {text(
            'cpu-request',
            'cpu request',
            resources.requests?.cpu,
            quantity('requests', 'cpu'),
          )}
          {text(
            'memory-request',
            'memory request',
            resources.requests?.memory,
            quantity('requests', 'memory'),
          )}
          {text(
            'cpu-limit',
            'cpu limit',
            resources.limits?.cpu,
            quantity('limits', 'cpu'),
          )}
          {text(
            'memory-limit',
            'memory limit',
            resources.limits?.memory,
            quantity('limits', 'memory'),
          )}
        </Box>
      );
      break;
    }
    default:
      editor = (
        <MapEditor
          id={`${id}-map`}
          noun={change === 'labels' ? 'label' : 'annotation'}
          value={value[change]}
          onChange={set}
        />
      );
  }
  return (
    <Box mt={1}>
      <Box display="flex" alignItems="center">
        <Typography variant="body2">{CHANGE_LABELS[change].label}</Typography>
        <IconButton
          aria-label={`Remove ${CHANGE_LABELS[
            change
          ].label.toLowerCase()} change`}
          size="small"
          onClick={remove}
        >
          <CloseIcon fontSize="small" />
        </IconButton>
      </Box>
      {editor}
    </Box>
  );
}
