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
  description: string;
}> = [
  {
    key: 'postStart',
    title: 'Run after start (postStart)',
    description:
      'Runs right after the container starts; the container is not ready until it ends.',
  },
  {
    key: 'preStop',
    title: 'Run before stop (preStop)',
    description:
      'Runs before the container is stopped, e.g. to drain connections.',
  },
];

/**
 * The `KarmadaLifecycle` field: postStart and preStop hooks, each a command,
 * an HTTP request or a sleep.
 *
 * @public
 */
export function KarmadaLifecycleField(
  props: FieldExtensionComponentProps<KarmadaLifecycleValue>,
) {
  const { formData, onChange, idSchema, schema } = props;
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
  return (
    <Box>
      <Typography variant="subtitle1">
        {schema?.title ?? 'Lifecycle hooks'}
      </Typography>
      {HOOKS.map(h => (
        <Box key={h.key} mb={1}>
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
        </Box>
      ))}
    </Box>
  );
}
