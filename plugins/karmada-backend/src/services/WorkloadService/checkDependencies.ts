import {
  DependencyDto,
  WorkloadDependency,
} from '@karmada-backstage/plugin-karmada-common';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { KINDS } from '../../karmada/resources';

/**
 * Whether each dependency exists in the Karmada control plane: one GET
 * each, in parallel (ConfigMaps and Secrets are not cached: there can be
 * many, and Secrets should not sit in the portal's memory). A failed check
 * is `unknown`, not an error: it must not block rendering.
 *
 * @public
 */
export async function checkDependencies(
  instance: ReturnType<KarmadaRegistry['getReady']>,
  dependencies: WorkloadDependency[],
): Promise<DependencyDto[]> {
  return Promise.all(
    dependencies.map(async dep => {
      const kind = dep.kind === 'Secret' ? KINDS.Secret : KINDS.ConfigMap;
      let status: DependencyDto['status'];
      try {
        status = (await instance.client.get(kind, dep.namespace, dep.name))
          ? 'present'
          : 'missing';
      } catch {
        status = 'unknown';
      }
      return { ...dep, status };
    }),
  );
}
