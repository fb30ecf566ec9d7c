import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ResourceStrategy } from '../api/ResourceType';
import { isDNS1123Label } from '../validation/nameRules';
import { nameRule } from '../validation/validateObjectMeta';

type Json = Record<string, unknown>;

/** The server labels every namespace with its name and starts it Active. */
function defaultNamespace(object: KubernetesObject): void {
  const name = object.metadata?.name;
  if (name) {
    object.metadata = {
      ...object.metadata,
      labels: {
        ...object.metadata?.labels,
        'kubernetes.io/metadata.name': name,
      },
    };
  }
  const spec = (object.spec ?? {}) as Json;
  spec.finalizers ??= ['kubernetes'];
  object.spec = spec;
  const status = (object.status ?? {}) as Json;
  status.phase ??= 'Active';
  object.status = status;
}

/**
 * The registry strategy of `v1` Namespaces (names are DNS-1123 labels).
 *
 * @public
 */
export const namespaceStrategy: ResourceStrategy = {
  nameRule: nameRule(isDNS1123Label),
  generation: 'none',
  statusSubresource: true,
  defaults: defaultNamespace,
};
