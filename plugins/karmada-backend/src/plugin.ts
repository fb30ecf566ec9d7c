import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  karmadaPermissions,
  parseKarmadaNamespaceResourceRef,
} from '@karmada-backstage/plugin-karmada-common';
import {
  KarmadaInstanceDefinition,
  karmadaInstanceSupplierExtensionPoint,
} from '@karmada-backstage/plugin-karmada-node';
import { readKarmadaConfig, verifyInstanceFiles } from './config';
import { createKarmadaRegistry } from './karmada/createKarmadaRegistry';
import { createAuthorizer } from './permissions/createAuthorizer';
import {
  karmadaNamespacePermissionResourceRef,
  karmadaNamespaceRules,
} from './permissions/rules';
import { createRouter } from './router';
import { createFleetService } from './services/FleetService/createFleetService';
import { createPlacementService } from './services/PlacementService/createPlacementService';
import { createWorkloadService } from './services/WorkloadService/createWorkloadService';

/**
 * The Karmada backend plugin: fleet cache, placement preview, rendering,
 * apply and placement of workloads over the Karmada API.
 *
 * @public
 */
export const karmadaPlugin = createBackendPlugin({
  pluginId: 'karmada',
  register(env) {
    const supplied: KarmadaInstanceDefinition[] = [];
    env.registerExtensionPoint(karmadaInstanceSupplierExtensionPoint, {
      addInstances: instances => void supplied.push(...instances),
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        auditor,
        lifecycle,
        catalog,
      }) {
        // Module-supplied instances go through the same reader (same checks, same messages).
        const configured = config.getOptional('karmada.instances') as
          | unknown[]
          | undefined;
        const options = readKarmadaConfig(
          new ConfigReader({
            karmada: { instances: [...(configured ?? []), ...supplied] },
          } as any),
        );
        verifyInstanceFiles(options);
        const registry = createKarmadaRegistry(options.instances, { logger });
        permissionsRegistry.addPermissions(karmadaPermissions);
        permissionsRegistry.addResourceType({
          resourceRef: karmadaNamespacePermissionResourceRef,
          permissions: karmadaPermissions.filter(p => p.type === 'resource'),
          rules: karmadaNamespaceRules,
          getResources: async refs =>
            refs.map(parseKarmadaNamespaceResourceRef),
        });
        const placement = createPlacementService({ registry, logger });
        const fleet = createFleetService({
          registry,
          estimateFit: placement.estimateFit,
        });
        const workloads = createWorkloadService({
          registry,
          placement,
          logger,
          catalog,
        });
        httpRouter.use(
          createRouter({
            httpAuth,
            auditor,
            authorizer: createAuthorizer({ permissions, permissionsRegistry }),
            fleet,
            placement,
            workloads,
            resolveInstance: name => registry.get(name, 'instance').name,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        // Start watching in the background: the plugin serves (and reports
        // readiness) even while an instance is down.
        registry.start();
        lifecycle.addShutdownHook(() => registry.stop());
        logger.info(
          `karmada: watching ${options.instances.map(i => i.name).join(', ')}`,
        );
      },
    });
  },
});
