import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useKarmadaInstances } from '../../../hooks/useKarmadaInstances';
import { useInstanceNamespaces } from '../../../hooks/useInstanceNamespaces';
import type { KarmadaPlacementValue } from '../types';
import type { BasicInput } from './basicInputIssues';

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
  /** What is wrong with each input (see `basicInputIssues`). */
  issues?: Partial<Record<BasicInput, string>>;
  /**
   * Mark every input that has a problem (after the form was validated);
   * otherwise only inputs the user has changed are marked.
   */
  showIssues?: boolean;
}

function instanceState(state: string): string {
  return state === 'ready' ? '' : ` (${state})`;
}

/**
 * Basic information: Karmada instance, namespace (only those the guardrail
 * allows, and why none when the list is empty), workload name and replicas.
 * A problem shows on the input to fix, once the user changed it or tried
 * to move on.
 *
 * @public
 */
export function BasicInformation(props: BasicInformationProps) {
  const { id, value, onChange, disabled, issues = {}, showIssues } = props;
  const instances = useKarmadaInstances();
  // Inputs the user changed: their problems show at once, the others' only
  // after a try to move on (an untouched empty form is not an error).
  const [edited, setEdited] = useState<ReadonlySet<BasicInput>>(new Set());
  const edit = (input: BasicInput, partial: Partial<KarmadaPlacementValue>) => {
    if (!edited.has(input)) setEdited(new Set([...edited, input]));
    onChange(partial);
  };
  const issue = (input: BasicInput) =>
    showIssues || edited.has(input) ? issues[input] : undefined;
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
        error={Boolean(instances.error || issue('instance'))}
        helperText={
          instances.error
            ? `Could not list instances: ${instances.error.message}`
            : issue('instance')
        }
        onChange={e =>
          edit('instance', { instance: e.target.value, namespace: undefined })
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
          onChange={(_e, ns) =>
            edit('namespace', { namespace: ns ?? undefined })
          }
          renderInput={params => (
            <TextField
              {...params}
              label="Namespace"
              variant="outlined"
              margin="dense"
              helperText={issue('namespace') ?? namespaceHelp}
              error={
                Boolean(namespaces.error || issue('namespace')) ||
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
        error={Boolean(issue('name'))}
        helperText={
          issue('name') ??
          "Lowercase letters, digits and '-'; also names the policies."
        }
        onChange={e => edit('name', { name: e.target.value || undefined })}
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
        error={Boolean(issue('replicas'))}
        helperText={issue('replicas')}
        onChange={e =>
          edit('replicas', {
            replicas:
              e.target.value === '' ? undefined : Number(e.target.value),
          })
        }
      />
    </Box>
  );
}
