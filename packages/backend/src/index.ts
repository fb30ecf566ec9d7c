/*
 * The Karmada for Backstage portal backend: catalog, scaffolder, guest
 * sign-in, permissions (policy from app-config) and the Karmada plugins.
 */
import { createBackend } from '@backstage/backend-defaults';
import { configPermissionPolicyModule } from './permissions/configPermissionPolicyModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

backend.add(import('@backstage/plugin-scaffolder-backend'));

// Karmada: routes, fleet cache, permissions; scaffolder actions.
backend.add(import('@karmada-backstage/plugin-karmada-backend'));
backend.add(
  import('@karmada-backstage/plugin-scaffolder-backend-module-karmada'),
);

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(configPermissionPolicyModule);

backend.start();
