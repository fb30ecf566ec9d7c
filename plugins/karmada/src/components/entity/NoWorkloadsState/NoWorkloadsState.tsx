import {
  CodeSnippet,
  EmptyState,
  LinkButton,
} from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { LABEL_KUBERNETES_ID } from '@karmada-backstage/plugin-karmada-common';
import type { EntityKarmadaQuery } from '../../../hooks/useEntityKarmadaWorkloads';
import { MULTICLOUD_TEMPLATE_PATH, labelSnippet } from '../entityKarmadaQuery';

/**
 * Where the search looked, in words: `on instance "local", in namespace "team-a"`.
 */
function scope(query: EntityKarmadaQuery): string {
  const parts = [
    query.instance ? `on instance "${query.instance}"` : 'on every instance',
    query.namespace
      ? `in namespace "${query.namespace}"`
      : 'in every allowed namespace',
  ];
  return parts.join(', ');
}

/**
 * Shown when no workload carries the entity's label: which label was
 * searched where, how to label an existing Deployment, and the template
 * that creates a new workload.
 *
 * @public
 */
export function NoWorkloadsState(props: {
  query: EntityKarmadaQuery;
  compact?: boolean;
}) {
  const { query, compact } = props;
  const searched = `No Karmada workload carries the label ${LABEL_KUBERNETES_ID}: ${
    query.kubernetesId
  } (searched ${scope(query)}).`;
  const create = (
    <LinkButton
      to={MULTICLOUD_TEMPLATE_PATH}
      variant="contained"
      color="primary"
    >
      Create a multicloud workload
    </LinkButton>
  );
  if (compact) {
    return (
      <>
        <Typography variant="body2" paragraph>
          {searched}
        </Typography>
        {create}
      </>
    );
  }
  return (
    <EmptyState
      missing="data"
      title="No Karmada workloads found"
      description={`${searched} Create one from the template, or label an existing Deployment that a PropagationPolicy selects.`}
      action={
        <>
          {create}
          <Typography variant="body2" style={{ marginTop: 16 }}>
            The label an existing Deployment needs:
          </Typography>
          <CodeSnippet
            text={labelSnippet(query.kubernetesId)}
            language="yaml"
            showCopyCodeButton
          />
        </>
      }
    />
  );
}
