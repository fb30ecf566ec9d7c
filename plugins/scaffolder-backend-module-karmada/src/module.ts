import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { karmadaServiceRef } from '@karmada-backstage/plugin-karmada-node';
import {
  createKarmadaWorkloadCreateAction,
  createKarmadaWorkloadPreviewAction,
} from './actions';

/**
 * The scaffolder module adding `karmada:workload:create` and
 * `karmada:workload:preview`. Both call the Karmada service (by default an
 * HTTP client of the Karmada backend) with the task initiator's credentials.
 *
 * @public
 */
export const karmadaModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'karmada',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        karmada: karmadaServiceRef,
      },
      async init({ scaffolderActions, karmada }) {
        scaffolderActions.addActions(
          createKarmadaWorkloadCreateAction({ karmada }),
          createKarmadaWorkloadPreviewAction({ karmada }),
        );
      },
    });
  },
});
