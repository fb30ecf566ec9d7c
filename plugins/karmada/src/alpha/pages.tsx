import { PageBlueprint } from '@backstage/frontend-plugin-api';
import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import CloudQueueIcon from '@material-ui/icons/CloudQueue';
import { rootRouteRef } from '../routes';

/**
 * The Multicloud workloads page at `/karmada`.
 *
 * @alpha
 */
export const karmadaWorkloadsPage = PageBlueprint.make({
  params: {
    path: '/karmada',
    title: 'Multicloud workloads',
    // The page renders its own Header (it also serves legacy apps).
    noHeader: true,
    icon: <CloudQueueIcon fontSize="inherit" />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/workloads/KarmadaWorkloadsPage').then(m =>
        compatWrapper(<m.KarmadaWorkloadsPage />),
      ),
  },
});
