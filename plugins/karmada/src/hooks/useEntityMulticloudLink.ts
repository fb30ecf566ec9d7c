import { useCallback } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

/**
 * The path of the entity tab, as the plugin mounts it (`/multicloud`).
 *
 * @public
 */
export const MULTICLOUD_TAB_PATH = 'multicloud';

function useEntityRoute() {
  try {
    return useRouteRef(entityRouteRef);
  } catch {
    // An app without the catalog's entity route (rare: tests, custom apps).
    return undefined;
  }
}

/**
 * Builds links to an entity's Multicloud tab from an entity ref
 * (`component:default/checkout-api` or a compound ref), through the
 * catalog's entity route so custom catalog paths keep working.
 *
 * @public
 */
export function useEntityMulticloudLink(): (
  ref: string | CompoundEntityRef,
) => string {
  const entityRoute = useEntityRoute();
  return useCallback(
    (ref: string | CompoundEntityRef) => {
      const { kind, namespace, name } =
        typeof ref === 'string'
          ? parseEntityRef(ref, { defaultKind: 'component' })
          : ref;
      const params = {
        kind: kind.toLocaleLowerCase('en-US'),
        namespace: namespace.toLocaleLowerCase('en-US'),
        name,
      };
      const base = entityRoute
        ? entityRoute(params)
        : `/catalog/${params.namespace}/${params.kind}/${params.name}`;
      return `${base.replace(/\/$/, '')}/${MULTICLOUD_TAB_PATH}`;
    },
    [entityRoute],
  );
}
