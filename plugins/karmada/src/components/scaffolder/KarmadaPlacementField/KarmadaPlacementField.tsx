import { useEffect, useMemo, useRef } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useFleet } from '../../../hooks/useFleet';
import { usePlacementPreview } from '../../../hooks/usePlacementPreview';
import {
  PlacementPreviewPanel,
  readPreview,
  scheduledClusterNames,
} from '../PlacementPreviewPanel';
import { assembleWorkloadSpec } from '../formSpec/assembleWorkloadSpec';
import type {
  KarmadaPlacementValue,
  PlacementMode,
  SchedulingType,
} from '../types';
import { AdvancedPlacementOptions } from './AdvancedPlacementOptions';
import { BasicInformation } from './BasicInformation';
import { basicInputIssues } from './basicInputIssues';
import { buildPreviewRequest } from './buildPreviewRequest';
import { ClusterSelectionEditor } from './ClusterSelectionEditor';
import { ReplicaSchedulingEditor } from './ReplicaSchedulingEditor';
import { placementFieldIssues } from './validateKarmadaPlacement';
import { withPlacementDefaults } from './withPlacementDefaults';

/**
 * `ui:options` of the `KarmadaPlacement` field.
 *
 * @public
 */
export interface KarmadaPlacementUiOptions {
  /** Where the container object is, for per-replica resource requests (default `container`). */
  containerField?: string;
  /** The placement modes offered (default all: clusters, area, labels). */
  modes?: PlacementMode[];
  /** The replica scheduling types offered (default all). */
  schedulingTypes?: SchedulingType[];
  /** Offer the advanced placement options (default true). */
  showAdvanced?: boolean;
}

function sameList(a: string[] | undefined, b: string[]) {
  return (
    a !== undefined && a.length === b.length && a.every((x, i) => x === b[i])
  );
}

/**
 * The `KarmadaPlacement` field: basic information, where the workload may run
 * (Specify clusters / Designated area / Specify labels, with the advanced
 * options), replica scheduling, and a live preview of where Karmada will put
 * every replica. The preview is computed by the backend (the same engine and
 * watch cache the apply uses), debounced and with stale requests aborted.
 *
 * @public
 */
export function KarmadaPlacementField(
  props: FieldExtensionComponentProps<
    KarmadaPlacementValue,
    KarmadaPlacementUiOptions
  >,
) {
  const {
    onChange,
    idSchema,
    disabled,
    schema,
    uiSchema,
    formContext,
    rawErrors,
  } = props;
  const id = idSchema?.$id ?? 'karmada-placement';
  const uiOptions = uiSchema?.['ui:options'];
  const value = withPlacementDefaults(
    props.formData,
    schema?.default,
    uiOptions,
  );
  // The newest value, including changes the form has not rendered yet, so
  // that two quick updates (a keystroke and a preview result) do not undo
  // each other.
  const latest = useRef(value);
  const rendered = useRef(props.formData);
  if (rendered.current !== props.formData) {
    rendered.current = props.formData;
    latest.current = value;
  }
  const update = (partial: Partial<KarmadaPlacementValue>) => {
    latest.current = { ...latest.current, ...partial };
    onChange(latest.current);
  };

  // Write the defaults once, so the output is complete (and validated on
  // Next) even if untouched.
  useEffect(() => {
    if (JSON.stringify(value) !== JSON.stringify(props.formData)) update({});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fleet = useFleet(value.instance);
  const containerField = uiOptions?.containerField;
  const resourceRequest = useMemo(() => {
    const spec = assembleWorkloadSpec(formContext?.formData, {
      containerField,
    });
    const containers = spec.containers as
      | Array<{ resources?: { requests?: Record<string, string> } }>
      | undefined;
    return containers?.[0]?.resources?.requests;
  }, [formContext?.formData, containerField]);
  const built = buildPreviewRequest(value, resourceRequest);
  const state = usePlacementPreview(built.request);
  const preview = state.value ? readPreview(state.value.preview) : undefined;

  // Keep the chosen clusters in the output for the differential step.
  const fresh =
    state.value &&
    JSON.stringify(state.valueRequest) === JSON.stringify(built.request);
  const chosen = preview && fresh ? scheduledClusterNames(preview) : undefined;
  useEffect(() => {
    if (chosen && !sameList(latest.current.scheduledClusters, chosen)) {
      update({ scheduledClusters: chosen });
    }
  });

  // The same rules the field's validation runs on Next, shown on the
  // inputs they are about.
  const inputIssues = basicInputIssues(placementFieldIssues(value));

  const clusters = fleet.clusters ?? [];
  const clusterNames = fleet.facets?.clusters ?? clusters.map(c => c.name);
  return (
    <Box>
      {schema?.title && <Typography variant="h6">{schema.title}</Typography>}
      {schema?.description && (
        <Typography variant="body2" color="textSecondary">
          {schema.description}
        </Typography>
      )}
      <BasicInformation
        id={id}
        value={value}
        onChange={update}
        disabled={disabled}
        issues={inputIssues}
        showIssues={(rawErrors?.length ?? 0) > 0}
      />
      {fleet.error && (
        <Alert severity="warning">
          Could not load the clusters of {value.instance}: {fleet.error.message}
          . You can still type cluster names, providers, regions and labels.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} md={7}>
          <ClusterSelectionEditor
            id={`${id}-placement`}
            value={value.placement!}
            onChange={placement => update({ placement })}
            clusters={clusters}
            facets={fleet.facets}
            modes={uiOptions?.modes}
          />
          {uiOptions?.showAdvanced !== false && (
            <AdvancedPlacementOptions
              id={`${id}-advanced`}
              value={value.placement!}
              onChange={placement => update({ placement })}
              clusters={clusters}
              facets={fleet.facets}
            />
          )}
          <ReplicaSchedulingEditor
            id={`${id}-scheduling`}
            value={value.scheduling!}
            onChange={scheduling => update({ scheduling })}
            clusterNames={clusterNames}
            labels={fleet.facets?.labels}
            types={uiOptions?.schedulingTypes}
          />
        </Grid>
        <Grid item xs={12} md={5}>
          <PlacementPreviewPanel
            preview={preview}
            loading={state.loading}
            error={state.error}
            pending={built.pending}
            fleet={state.value?.fleet}
            podsOnly={
              state.valueRequest !== undefined &&
              !state.valueRequest.replicaRequirements
            }
          />
        </Grid>
      </Grid>
    </Box>
  );
}
