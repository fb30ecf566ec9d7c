import { compatWrapper } from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The entity's Multicloud tab at `/multicloud`, on entities that carry the
 * `backstage.io/kubernetes-id` annotation (the link to their workloads).
 * Entities without it get the overview card, which explains how to add it.
 *
 * @alpha
 */
export const karmadaEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/multicloud',
    title: 'Multicloud',
    // A predicate rather than a function so app-config can override it; the
    // key is karmada-common's LABEL_KUBERNETES_ID (a literal: predicates are data).
    filter: {
      'metadata.annotations.backstage.io/kubernetes-id': { $exists: true },
    },
    loader: () =>
      import('../components/entity/EntityKarmadaContent').then(m =>
        compatWrapper(<m.EntityKarmadaContent />),
      ),
  },
});
