import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { ResourcesValue } from '../types';

/**
 * `ui:options` of the `KarmadaResources` field.
 *
 * @public
 */
export interface KarmadaResourcesUiOptions {
  /** Extra resources to offer besides cpu and memory, e.g. `nvidia.com/gpu`. */
  extraResources?: string[];
}

const PLACEHOLDERS: Record<string, { requests: string; limits: string }> = {
  cpu: { requests: '250m', limits: '1' },
  memory: { requests: '256Mi', limits: '512Mi' },
};

/**
 * The `KarmadaResources` field: requests and limits per replica as
 * Kubernetes quantities. The requests also size the placement preview:
 * Karmada counts how many replicas of this size each cluster has room for.
 *
 * @public
 */
export function KarmadaResourcesField(
  props: FieldExtensionComponentProps<
    ResourcesValue,
    KarmadaResourcesUiOptions
  >,
) {
  const { formData, onChange, idSchema, schema, uiSchema, rawErrors } = props;
  const id = idSchema?.$id ?? 'karmada-resources';
  const names = [
    'cpu',
    'memory',
    ...(uiSchema?.['ui:options']?.extraResources ?? []),
  ];
  const value = formData ?? {};
  const set = (kind: 'requests' | 'limits', name: string, text: string) => {
    const list = { ...value[kind] };
    if (text.trim() === '') delete list[name];
    else list[name] = text.trim();
    const next = { ...value, [kind]: list };
    if (Object.keys(list).length === 0) delete next[kind];
    onChange(next);
  };
  return (
    <Box>
      <Typography variant="subtitle1">
        {schema?.title ?? 'Resources per replica'}
      </Typography>
      {(['requests', 'limits'] as const).map(kind => (
        <Box key={kind} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          {names.map(name => (
            <TextField
              key={name}
              id={`${id}-${kind}-${name}`}
              label={`${name} ${kind === 'requests' ? 'request' : 'limit'}`}
              placeholder={PLACEHOLDERS[name]?.[kind]}
              variant="outlined"
              margin="dense"
              size="small"
              InputLabelProps={{ shrink: true }}
              value={value[kind]?.[name] ?? ''}
              error={rawErrors?.some(e => e.includes(name))}
              onChange={e => set(kind, name, e.target.value)}
            />
          ))}
        </Box>
      ))}
      <Typography variant="caption" color="textSecondary" component="p">
        Quantities such as 250m or 0.5 (CPU) and 256Mi or 1Gi (memory). The
        requests decide how many replicas fit in each cluster.
      </Typography>
    </Box>
  );
}
