import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the Multicloud workloads page (all workloads the user can see).
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'karmada' });
