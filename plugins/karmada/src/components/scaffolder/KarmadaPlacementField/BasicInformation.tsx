import { useEffect } from 'react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useKarmadaInstances } from '../../../hooks/useKarmadaInstances';
import { useInstanceNamespaces } from '../../../hooks/useInstanceNamespaces';
import type { KarmadaPlacementValue } from '../types';

/**
 * Props of {@link BasicInformation}.
 *
 * @public
 */
export interface BasicInformationProps {
  id: string;
  value: KarmadaPlacementValue;
  /** Receives the fields that changed. */
  onChange: (partial: Partial<KarmadaPlacementValue>) => void;
  disabled?: boolean;
}

function instanceState(state: string): string {
  return state === 'ready' ? '' : ` (${state})`;
}

/**
 * Basic information: Karmada instance, namespace (only those the guardrail
 * allows, and why none when the list is empty), workload name and replicas.
 *
 * @public
 */
export function BasicInformation(props: BasicInformationProps) {
  const { id, value, onChange, disabled } = props;
  const instances = useKarmadaInstances();
  const namespaces = useInstanceNamespaces(value.instance);

  // Choose the default instance for the user; one click fewer in the common case.
  const defaultInstance = instances.instances?.find(i => i.default)?.name;
  useEffect(() => {
    if (!value.instance && defaultInstance) {
      onChange({ instance: defaultInstance });
    }
  }, [defaultInstance, value.instance, onChange]);

  const names = namespaces.value?.items.map(n => n.name) ?? [];
  const guardrail = namespaces.value?.guardrail.description;
  let namespaceHelp: string | undefined = guardrail
    ? `Namespaces open to the portal: ${guardrail}.`
    : undefined;
  if (namespaces.error) {
    namespaceHelp = `Could not list namespaces: ${namespaces.error.message}`;
  } else if (namespaces.value && names.length === 0) {
    namespaceHelp = `No namespace of ${value.instance} is open to the portal (${
      guardrail ?? 'none allowed'
    }). Ask a Karmada administrator to create one that matches, or to widen karmada.instances[].namespaces in app-config.`;
  }

  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
      <TextField
        select
        id={`${id}-instance`}
        label="Karmada instance"
        variant="outlined"
        margin="dense"
        size="small"
        style={{ minWidth: 220 }}
        disabled={disabled}
        value={value.instance ?? ''}
        error={Boolean(instances.error)}
        helperText={
          instances.error
            ? `Could not list instances: ${instances.error.message}`
            : undefined
        }
        onChange={e =>
          onChange({ instance: e.target.value, namespace: undefined })
        }
      >
        {(instances.instances ?? []).map(i => (
          <MenuItem key={i.name} value={i.name}>
            {i.title}
            {instanceState(i.status.state)}
          </MenuItem>
        ))}
      </TextField>
      <Box minWidth={220} flex={1}>
        <Autocomplete
          id={`${id}-namespace`}
          size="small"
          disabled={disabled || !value.instance}
          loading={namespaces.loading}
          options={names}
          value={value.namespace ?? null}
          onChange={(_e, ns) => onChange({ namespace: ns ?? undefined })}
          renderInput={params => (
            <TextField
              {...params}
              label="Namespace"
              variant="outlined"
              margin="dense"
              helperText={namespaceHelp}
              error={
                Boolean(namespaces.error) ||
                (Boolean(namespaces.value) && names.length === 0)
              }
            />
          )}
        />
      </Box>
      <TextField
        id={`${id}-name`}
        label="Workload name"
        variant="outlined"
        margin="dense"
        size="small"
        disabled={disabled}
        value={value.name ?? ''}
        helperText="Lowercase letters, digits and '-'; also names the policies."
        onChange={e => onChange({ name: e.target.value || undefined })}
      />
      <TextField
        id={`${id}-replicas`}
        label="Replicas"
        type="number"
        variant="outlined"
        margin="dense"
        size="small"
        disabled={disabled}
        value={value.replicas ?? ''}
        onChange={e =>
          onChange({
            replicas:
              e.target.value === '' ? undefined : Number(e.target.value),
          })
        }
      />
    </Box>
  );
}
