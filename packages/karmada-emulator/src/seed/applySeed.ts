import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ApiService } from '../api/ApiService';

/** The field manager seed objects are applied with. */
export const SEED_MANAGER = 'karmada-emulator-seed';

/**
 * Server-side applies seed objects, namespaces first, through the same path
 * as clients' writes (so admission, validation and the control loop see
 * them as they would any client's). A namespaced object without a
 * namespace goes to `default`.
 *
 * @public
 */
export function applySeed(api: ApiService, objects: KubernetesObject[]): void {
  const ordered = [...objects].sort(
    (a, b) => Number(b.kind === 'Namespace') - Number(a.kind === 'Namespace'),
  );
  for (const object of ordered) {
    const type = api.registry.byKind(object.apiVersion, object.kind);
    const name = object.metadata?.name;
    if (!type || !name) {
      throw new Error(
        `seed: cannot apply ${object.apiVersion ?? '?'} ${object.kind ?? '?'} ${
          name ?? '(no name)'
        }: not a served kind with a name`,
      );
    }
    const namespace = type.namespaced
      ? object.metadata?.namespace || 'default'
      : undefined;
    api.patch(type, namespace, name, 'apply', JSON.stringify(object), {
      fieldManager: SEED_MANAGER,
      force: true,
      internal: !type.clientWritable,
    });
  }
}
