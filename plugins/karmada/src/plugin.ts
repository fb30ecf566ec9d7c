import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { KarmadaClient, karmadaApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The Karmada plugin for legacy Backstage apps: the API client, the
 * workloads page, the entity tab and card, and (see `index.ts`) the
 * scaffolder field extensions.
 *
 * @public
 */
export const karmadaPlugin = createPlugin({
  id: 'karmada',
  apis: [
    createApiFactory({
      api: karmadaApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new KarmadaClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The entity tab: where the entity's workloads run, per cluster, and how each
 * cluster's configuration differs. Mount it under `EntityLayout.Route
 * path="/multicloud"` with `if={isKarmadaAvailable}`.
 *
 * @public
 */
export const EntityKarmadaContent = karmadaPlugin.provide(
  createComponentExtension({
    name: 'EntityKarmadaContent',
    component: {
      lazy: () =>
        import('./components/entity/EntityKarmadaContent').then(
          m => m.EntityKarmadaContent,
        ),
    },
  }),
);

/**
 * The entity overview card: a summary of the entity's placement, or how to
 * link the entity to its workloads when the annotation is missing.
 *
 * @public
 */
export const EntityKarmadaCard = karmadaPlugin.provide(
  createComponentExtension({
    name: 'EntityKarmadaCard',
    component: {
      lazy: () =>
        import('./components/entity/EntityKarmadaCard').then(
          m => m.EntityKarmadaCard,
        ),
    },
  }),
);

/**
 * The Multicloud workloads page: every workload across instances.
 *
 * @public
 */
export const KarmadaWorkloadsPage = karmadaPlugin.provide(
  createRoutableExtension({
    name: 'KarmadaWorkloadsPage',
    component: () =>
      import('./components/workloads/KarmadaWorkloadsPage').then(
        m => m.KarmadaWorkloadsPage,
      ),
    mountPoint: rootRouteRef,
  }),
);
