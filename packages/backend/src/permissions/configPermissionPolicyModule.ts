import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  ConfigPermissionPolicy,
  readPermissionRules,
} from './ConfigPermissionPolicy';

/**
 * Installs the app-config permission policy (`permission.policy`).
 */
export const configPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'config-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new ConfigPermissionPolicy(readPermissionRules(config)),
        );
      },
    });
  },
});
