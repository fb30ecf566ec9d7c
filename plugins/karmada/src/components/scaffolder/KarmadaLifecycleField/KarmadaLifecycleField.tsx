import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  HandlerEditor,
  initialHandler,
  type HandlerValue,
} from '../HandlerEditor';
import { FieldErrors, splitErrorsByLabel } from '../FieldErrors';

/**
 * The output of the `KarmadaLifecycle` field: the container's lifecycle hooks
 * (karmada-common's lifecycle spec).
 *
 * @public
 */
export interface KarmadaLifecycleValue {
  postStart?: HandlerValue;
  preStop?: HandlerValue;
}

const HOOKS: Array<{
  key: keyof KarmadaLifecycleValue;
  title: string;
  /** How validation messages name the hook (karmada-common's field label). */
  label: string;
  description: string;
}> = [
  {
    key: 'postStart',
    title: 'Run after start (postStart)',
    label: 'Post-start hook',
    description:
      'Runs right after the container starts; the container is not ready until it ends.',
  },
  {
    key: 'preStop',
    title: 'Run before stop (preStop)',
    label: 'Pre-stop hook',
    description:
      'Runs before the container is stopped, e.g. to drain connections.',
  },
];

/**
 * The `KarmadaLifecycle` field: postStart and preStop hooks, each a command,
 * an HTTP request or a sleep. A validation message shows under the hook it
 * names, else under the title.
 *
 * @public
 */
export function KarmadaLifecycleField(
  props: FieldExtensionComponentProps<KarmadaLifecycleValue>,
) {
  const { formData, onChange, idSchema, schema, rawErrors } = props;
  const id = idSchema?.$id ?? 'karmada-lifecycle';
  const value = formData ?? {};
  const set = (
    key: keyof KarmadaLifecycleValue,
    hook: HandlerValue | undefined,
  ) => {
    const next = { ...value, [key]: hook };
    if (!hook) delete next[key];
    onChange(next);
  };
  let unplaced: string[] = [...(rawErrors ?? [])];
  const hookErrors = new Map<keyof KarmadaLifecycleValue, string[]>();
  for (const h of HOOKS) {
    const { matching, others } = splitErrorsByLabel(unplaced, h.label);
    hookErrors.set(h.key, matching);
    unplaced = others;
  }
  return (
    <Box>
      <Typography variant="subtitle1">
        {schema?.title ?? 'Lifecycle hooks'}
      </Typography>
      <FieldErrors id={id} errors={unplaced} />
      {HOOKS.map(h => (
        <Box key={h.key} mb={1} role="group" aria-label={h.title}>
          <FormControlLabel
            label={h.title}
            control={
              <Switch
                id={`${id}-${h.key}-enabled`}
                checked={Boolean(value[h.key])}
                onChange={(_e, on) =>
                  set(h.key, on ? initialHandler('exec') : undefined)
                }
              />
            }
          />
          <Typography variant="caption" color="textSecondary" component="p">
            {h.description}
          </Typography>
          {value[h.key] && (
            <HandlerEditor
              id={`${id}-${h.key}`}
              value={value[h.key]!}
              onChange={hook => set(h.key, hook)}
              kinds={['exec', 'httpGet', 'sleep']}
            />
          )}
          <FieldErrors id={`${id}-${h.key}`} errors={hookErrors.get(h.key)} />
        </Box>
      ))}
    </Box>
  );
}
