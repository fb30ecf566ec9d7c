import { useEffect, useMemo } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { CodeSnippet } from '@backstage/core-components';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useWorkloadRender } from '../../../hooks/useWorkloadRender';
import {
  PlacementPreviewPanel,
  readPreview,
  scheduledClusterNames,
} from '../PlacementPreviewPanel';
import {
  assembleWorkloadSpec,
  type FormSpecKeys,
} from '../formSpec/assembleWorkloadSpec';
import { describeSpecIssue } from '../formSpec/specIssues';
import { FieldErrors } from '../FieldErrors';
import { ClusterManifestDiffs } from './ClusterManifestDiffs';
import { DependencyList } from './DependencyList';
import { reviewSpec } from './reviewSpec';

/**
 * The output of the `KarmadaReview` field: what the review showed, for the
 * template's output text (the field itself is read-only).
 *
 * @public
 */
export interface KarmadaReviewValue {
  /** The placement in plain words. */
  summary?: string;
  /** Clusters expected to run replicas. */
  clusters?: string[];
}

/**
 * `ui:options` of the `KarmadaReview` field (where the spec's parts are).
 *
 * @public
 */
export type KarmadaReviewUiOptions = FormSpecKeys;

/**
 * The `KarmadaReview` field: the workload as it will be created — the
 * rendered YAML (Deployment, PropagationPolicy, OverridePolicy), where every
 * replica goes, the ConfigMaps and Secrets that propagate with it (and those
 * missing from the namespace) and each cluster's differences. Validation
 * messages (e.g. the dry run's refusal) show under the title.
 *
 * @public
 */
export function KarmadaReviewField(
  props: FieldExtensionComponentProps<
    KarmadaReviewValue,
    KarmadaReviewUiOptions
  >,
) {
  const { formContext, uiSchema, onChange, formData, idSchema, rawErrors } =
    props;
  const id = idSchema?.$id ?? 'karmada-review';
  const keys: FormSpecKeys = uiSchema?.['ui:options'] ?? {};
  const all = formContext?.formData as Record<string, unknown> | undefined;
  const spec = useMemo(() => assembleWorkloadSpec(all, keys), [all]); // eslint-disable-line react-hooks/exhaustive-deps
  const local = useMemo(() => reviewSpec(spec), [spec]);
  const valid = local.issues.length === 0;
  // The spec's own issues are listed below already; show the rest (the dry
  // run's refusal) at the top, where it is seen without scrolling the YAML.
  const listed = new Set(local.issues.map(describeSpecIssue));
  const errors = (rawErrors ?? []).filter(e => !listed.has(e));
  const remote = useWorkloadRender(
    spec.instance as string | undefined,
    valid ? spec : undefined,
  );
  const preview = remote.value ? readPreview(remote.value.preview) : undefined;

  // Write a value so the form runs this field's validation on Next.
  const clusters = preview ? scheduledClusterNames(preview) : undefined;
  const summary = local.summary;
  useEffect(() => {
    const next = { summary, clusters };
    if (JSON.stringify(next) !== JSON.stringify(formData ?? {})) onChange(next);
  }, [summary, clusters?.join(',')]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Box>
      <Typography variant="h6">Review</Typography>
      <FieldErrors id={id} errors={errors} />
      {!valid && (
        <Alert severity="error">
          Fix these before creating:
          <ul>
            {local.issues.map(i => (
              <li key={`${i.path}:${i.reason}`}>{describeSpecIssue(i)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {summary && <Typography variant="body1">{summary}.</Typography>}
      {remote.error && (
        <Alert severity="warning">
          The backend could not render the workload: {remote.error.message}
        </Alert>
      )}
      {remote.value?.warnings?.map(w => (
        <Alert key={w} severity="warning">
          {w}
        </Alert>
      ))}
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          {valid && (
            <PlacementPreviewPanel
              preview={preview}
              loading={remote.loading}
              pending={remote.loading ? 'Rendering…' : undefined}
            />
          )}
          {remote.value && (
            <>
              <DependencyList
                dependencies={remote.value.dependencies}
                namespace={spec.namespace as string | undefined}
              />
              <ClusterManifestDiffs clusters={remote.value.clusters} />
            </>
          )}
        </Grid>
        <Grid item xs={12} md={6}>
          {(remote.value?.yaml ?? local.yaml) && (
            <CodeSnippet
              language="yaml"
              text={remote.value?.yaml ?? local.yaml ?? ''}
              showCopyCodeButton
            />
          )}
        </Grid>
      </Grid>
    </Box>
  );
}
