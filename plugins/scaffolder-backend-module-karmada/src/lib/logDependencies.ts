import type { LoggerService } from '@backstage/backend-plugin-api';
import type { DependencyDto } from '@karmada-backstage/plugin-karmada-common';

const label = (d: DependencyDto) => `${d.kind} ${d.namespace}/${d.name}`;
const usedBy = (d: DependencyDto) =>
  d.referencedBy.length ? ` (used by ${d.referencedBy.join(', ')})` : '';

/**
 * Logs the ConfigMaps and Secrets the pods refer to. With propagateDeps
 * Karmada carries the present ones to every chosen cluster; a missing one
 * is a warning, because pods that need it will not start until it exists in
 * the Karmada control plane's namespace.
 */
export function logDependencies(
  logger: LoggerService,
  dependencies: DependencyDto[],
  propagate: boolean,
): void {
  if (!dependencies.length) {
    logger.info('Dependencies: the pods refer to no ConfigMap or Secret');
    return;
  }
  const present = dependencies.filter(d => d.status === 'present');
  if (present.length) {
    logger.info(
      propagate
        ? `Dependencies propagated with the workload (propagateDeps): ${present
            .map(label)
            .join(', ')}`
        : `Dependencies NOT propagated (propagateDependencies is off), create them in every chosen cluster: ${present
            .map(label)
            .join(', ')}`,
    );
  }
  for (const d of dependencies.filter(x => x.status === 'missing')) {
    logger.warn(
      `Dependency missing: ${label(d)}${usedBy(
        d,
      )} does not exist on the Karmada control plane; pods that need it will not start until it is created there`,
    );
  }
  for (const d of dependencies.filter(x => x.status === 'unknown')) {
    logger.warn(
      `Dependency not checked: ${label(d)}${usedBy(
        d,
      )} could not be looked up; make sure it exists`,
    );
  }
}
