import { CodeSnippet, EmptyState, Link } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { Entity } from '@backstage/catalog-model';
import { LABEL_KUBERNETES_ID } from '@karmada-backstage/plugin-karmada-common';
import { annotationSnippet } from '../entityKarmadaQuery';

/**
 * Shown when the entity lacks `backstage.io/kubernetes-id`: what to add to
 * its catalog-info.yaml, with the entity's own name filled in.
 *
 * @public
 */
export function MissingAnnotationState(props: {
  entity: Entity;
  compact?: boolean;
}) {
  const { entity, compact } = props;
  const snippet = (
    <CodeSnippet
      text={annotationSnippet(entity)}
      language="yaml"
      showCopyCodeButton
    />
  );
  const description = (
    <>
      Add the <code>{LABEL_KUBERNETES_ID}</code> annotation to this entity's{' '}
      <code>catalog-info.yaml</code>. Karmada workloads whose Deployment carries
      the label <code>{LABEL_KUBERNETES_ID}</code> with the same value then show
      up here, the same convention the{' '}
      <Link to="https://backstage.io/docs/features/kubernetes/configuration#surfacing-your-kubernetes-components-as-part-of-an-entity">
        Kubernetes plugin
      </Link>{' '}
      uses.
    </>
  );
  if (compact) {
    return (
      <>
        <Typography variant="body2" paragraph>
          {description}
        </Typography>
        {snippet}
      </>
    );
  }
  return (
    <EmptyState
      missing="field"
      title={`Link ${entity.metadata.name} to its Karmada workloads`}
      description={description}
      action={snippet}
    />
  );
}
