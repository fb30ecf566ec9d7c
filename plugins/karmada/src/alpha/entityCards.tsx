import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The Multicloud card on a component's overview: where it runs, or, without
 * the `backstage.io/kubernetes-id` annotation, how to link it.
 *
 * @alpha
 */
export const karmadaEntityCard = EntityCardBlueprint.make({
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('../components/entity/EntityKarmadaCard').then(m =>
        compatWrapper(<m.EntityKarmadaCard />),
      ),
  },
});
