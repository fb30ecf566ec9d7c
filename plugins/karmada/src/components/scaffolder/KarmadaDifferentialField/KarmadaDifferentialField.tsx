import { useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AddIcon from '@material-ui/icons/Add';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  assembleWorkloadSpec,
  type FormSpecKeys,
} from '../formSpec/assembleWorkloadSpec';
import { findPlacementValue } from '../formSpec/findPlacementValue';
import { specIssuesWithin } from '../formSpec/specIssues';
import { FieldErrors } from '../FieldErrors';
import type { DifferentialItemValue } from '../types';
import { ClusterDiffList } from './ClusterDiffList';
import { computeClusterDiffs } from './computeClusterDiffs';
import { DifferentialItemEditor } from './DifferentialItemEditor';
import { placeDifferentialErrors } from './placeDifferentialErrors';

/**
 * `ui:options` of the `KarmadaDifferentialConfig` field: where the other parts
 * of the spec are in the form (defaults as in the example template).
 *
 * @public
 */
export type KarmadaDifferentialUiOptions = FormSpecKeys;

/**
 * The `KarmadaDifferentialConfig` field: per-cluster overrides (image,
 * command, args, env, resources, labels, annotations) for clusters the
 * placement chose, rendered to one OverridePolicy, with each target
 * cluster's difference from the default shown as it is typed. A validation
 * message shows next to the item at fault, else under the description.
 *
 * @public
 */
export function KarmadaDifferentialField(
  props: FieldExtensionComponentProps<
    DifferentialItemValue[],
    KarmadaDifferentialUiOptions
  >,
) {
  const {
    formData,
    onChange,
    idSchema,
    schema,
    uiSchema,
    formContext,
    rawErrors,
  } = props;
  const id = idSchema?.$id ?? 'karmada-differential';
  const options = uiSchema?.['ui:options'];
  const keys: FormSpecKeys = useMemo(() => options ?? {}, [options]);
  const items = useMemo(() => formData ?? [], [formData]);
  const all = formContext?.formData as Record<string, unknown> | undefined;
  const placement = findPlacementValue(all, keys.placementField);
  const targets = placement?.scheduledClusters ?? [];
  const container = all?.[keys.containerField ?? 'container'] as
    | { name?: string }
    | undefined;
  const containers = container?.name ? [container.name] : [];

  const spec = useMemo(
    () =>
      assembleWorkloadSpec(
        { ...all, [keys.differentialField ?? 'differential']: items },
        keys,
      ),
    [all, items, keys],
  );
  const targeted = [...new Set(items.flatMap(i => i.clusters))]
    .filter(c => targets.includes(c))
    .sort();
  // Keyed by the names, not the fresh array, so the diffs are not recomputed
  // on every render.
  const targetedKey = targeted.join(',');
  const result = useMemo(
    () => computeClusterDiffs(spec, targetedKey ? targetedKey.split(',') : []),
    [spec, targetedKey],
  );

  // The messages carry no path: match them to the items with the same rules
  // run on the data they were made from, i.e. when they arrive (keyed by
  // their text, as the form hands a fresh array on every render). A message
  // then stays by its item until the next validation, like the form's list.
  const errorsKey = (rawErrors ?? []).join('\n');
  const placed = useMemo(
    () =>
      placeDifferentialErrors(
        rawErrors,
        errorsKey
          ? specIssuesWithin(spec, ['differential'], {
              scheduledClusters: targets,
            })
          : [],
      ),
    [errorsKey], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const update = (i: number, item: DifferentialItemValue) =>
    onChange(items.map((o, j) => (j === i ? item : o)));
  return (
    <Box>
      <Typography variant="h6">
        {schema?.title ?? 'Differential configuration'}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {schema?.description ??
          'Give some clusters a different image, command, environment, resources, labels or annotations.'}
      </Typography>
      <FieldErrors id={id} errors={placed.rest} />
      {targets.length === 0 ? (
        <Alert severity="info">
          No cluster to configure: the placement has not chosen any cluster yet.
          Go back to the basic information step and choose where the workload
          runs; the clusters the preview shows can be targeted here.
        </Alert>
      ) : (
        <Grid container spacing={2}>
          <Grid item xs={12} md={7}>
            {items.map((item, i) => (
              <DifferentialItemEditor
                key={i}
                id={`${id}-${i}`}
                index={i}
                value={item}
                onChange={next => update(i, next)}
                onRemove={() => onChange(items.filter((_o, j) => j !== i))}
                targets={targets}
                containers={containers}
                errors={placed.byItem.get(i)}
              />
            ))}
            <Button
              startIcon={<AddIcon />}
              onClick={() => onChange([...items, { clusters: [] }])}
            >
              Add differential configuration
            </Button>
          </Grid>
          <Grid item xs={12} md={5}>
            <Typography variant="subtitle1">
              Differences from the default
            </Typography>
            {targeted.length === 0 && (
              <Typography variant="body2" color="textSecondary">
                Every cluster gets the default configuration.
              </Typography>
            )}
            {targeted.length > 0 && result.error && (
              <Alert severity="warning">
                Cannot show the differences yet: {result.error}
              </Alert>
            )}
            {result.diffs && <ClusterDiffList diffs={result.diffs} />}
          </Grid>
        </Grid>
      )}
    </Box>
  );
}
