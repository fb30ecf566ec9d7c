import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { rootRouteRef } from '../routes';
import { karmadaApi } from './apis';
import { karmadaWorkloadsPage } from './pages';
import { karmadaEntityContent } from './entityContent';
import { karmadaEntityCard } from './entityCards';
import { karmadaFormFields } from './formFields';

/**
 * The Karmada plugin for the new frontend system. Apps with
 * `app.packages: all` discover it from the `./alpha` entry's default export.
 *
 * @alpha
 */
export const karmadaFrontendPlugin = createFrontendPlugin({
  pluginId: 'karmada',
  title: 'Multicloud workloads',
  info: { packageJson: () => import('../../package.json') },
  extensions: [
    karmadaApi,
    karmadaWorkloadsPage,
    karmadaEntityContent,
    karmadaEntityCard,
    ...karmadaFormFields,
  ],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
