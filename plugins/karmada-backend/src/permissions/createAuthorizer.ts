import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  karmadaNamespaceResourceRef as toResourceRef,
  KARMADA_NAMESPACE_RESOURCE_TYPE,
} from '@karmada-backstage/plugin-karmada-common';
import {
  KarmadaNamespaceResource,
  karmadaNamespacePermissionResourceRef,
} from './rules';

type NamespacePermission = ResourcePermission<
  typeof KARMADA_NAMESPACE_RESOURCE_TYPE
>;

/**
 * Permission checks of the routes. Every method throws NotAllowedError on denial.
 *
 * @public
 */
export interface KarmadaAuthorizer {
  /** A basic permission (cluster reads). */
  basic(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void>;
  /** A namespace-scoped permission on one namespace of one instance. */
  namespace(
    permission: NamespacePermission,
    resource: KarmadaNamespaceResource,
    credentials: BackstageCredentials,
  ): Promise<void>;
  /**
   * For lists: a predicate telling which namespaces the caller may see
   * (conditional decisions evaluated here, with the plugin's own rules).
   * Throws when nothing is allowed.
   */
  namespaceFilter(
    permission: NamespacePermission,
    credentials: BackstageCredentials,
  ): Promise<(resource: KarmadaNamespaceResource) => boolean>;
}

/**
 * Creates the authorizer over the permissions service and the plugin's rules.
 *
 * @public
 */
export function createAuthorizer(options: {
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
}): KarmadaAuthorizer {
  const { permissions, permissionsRegistry } = options;
  const ruleset = permissionsRegistry.getPermissionRuleset(
    karmadaNamespacePermissionResourceRef,
  );
  const isAllowed = createConditionAuthorizer(ruleset);

  return {
    async basic(permission, credentials) {
      const [decision] = await permissions.authorize([{ permission }], {
        credentials,
      });
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(`not allowed: ${permission.name}`);
      }
    },
    async namespace(permission, resource, credentials) {
      // Evaluate conditions here rather than have the permission backend
      // call back into this plugin for a resource we already hold.
      const [decision] = await permissions.authorizeConditional(
        [{ permission }],
        { credentials },
      );
      if (decision.result === AuthorizeResult.ALLOW) return;
      if (
        decision.result === AuthorizeResult.CONDITIONAL &&
        isAllowed(decision, resource)
      )
        return;
      throw new NotAllowedError(
        `not allowed: ${permission.name} on namespace "${
          resource.namespace
        }" of Karmada instance "${resource.instance}" (${toResourceRef(
          resource.instance,
          resource.namespace,
        )})`,
      );
    },
    async namespaceFilter(permission, credentials) {
      const [decision] = await permissions.authorizeConditional(
        [{ permission }],
        { credentials },
      );
      if (decision.result === AuthorizeResult.ALLOW) return () => true;
      if (decision.result === AuthorizeResult.DENY)
        throw new NotAllowedError(`not allowed: ${permission.name}`);
      return resource => isAllowed(decision, resource);
    },
  };
}
