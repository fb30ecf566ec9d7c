import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { KARMADA_NAMESPACE_RESOURCE_TYPE } from '@karmada-backstage/plugin-karmada-common';
import { z } from 'zod';

/**
 * The resource a namespace-scoped Karmada permission is about.
 *
 * @public
 */
export interface KarmadaNamespaceResource {
  instance: string;
  namespace: string;
}

/**
 * Filter form of the rules (no database to push it into; kept for the
 * permission framework's metadata).
 *
 * @public
 */
export type KarmadaNamespaceQuery = {
  instances?: string[];
  namespaces?: string[];
};

/**
 * Resource ref of the `karmada-namespace` resource type.
 *
 * @public
 */
export const karmadaNamespacePermissionResourceRef =
  createPermissionResourceRef<
    KarmadaNamespaceResource,
    KarmadaNamespaceQuery
  >().with({
    pluginId: 'karmada',
    resourceType: KARMADA_NAMESPACE_RESOURCE_TYPE,
  });

function globMatch(glob: string, value: string): boolean {
  const re = new RegExp(
    `^${glob
      .split('*')
      .map(p => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

/**
 * Allows namespaces matching any of the given globs (`team-*`).
 *
 * @public
 */
export const isInNamespace = createPermissionRule({
  name: 'IS_IN_NAMESPACE',
  description:
    'Allow namespaces matching one of the given names or globs (* matches anything)',
  resourceRef: karmadaNamespacePermissionResourceRef,
  paramsSchema: z.object({
    namespaces: z
      .array(z.string())
      .describe('Namespace names or globs such as team-*'),
  }),
  apply: (resource, { namespaces }) =>
    namespaces.some(g => globMatch(g, resource.namespace)),
  toQuery: ({ namespaces }) => ({ namespaces }),
});

/**
 * Allows the given Karmada instances.
 *
 * @public
 */
export const isInInstance = createPermissionRule({
  name: 'IS_IN_INSTANCE',
  description:
    'Allow the given Karmada instances (config karmada.instances[].name)',
  resourceRef: karmadaNamespacePermissionResourceRef,
  paramsSchema: z.object({
    instances: z.array(z.string()).describe('Instance names'),
  }),
  apply: (resource, { instances }) => instances.includes(resource.instance),
  toQuery: ({ instances }) => ({ instances }),
});

/**
 * Every rule of the `karmada-namespace` resource type.
 *
 * @public
 */
export const karmadaNamespaceRules = [isInNamespace, isInInstance];
