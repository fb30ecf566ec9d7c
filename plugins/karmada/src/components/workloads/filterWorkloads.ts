import type {
  WorkloadHealth,
  WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The filters of the workloads page; empty values mean "any".
 *
 * @public
 */
export interface WorkloadFilterValues {
  instance?: string;
  namespace?: string;
  /** Owner entity ref, or the initiator when the workload has no owner. */
  owner?: string;
  /** Catalog entity ref (as resolved for the workload). */
  entity?: string;
  health?: WorkloadHealth | string;
  /** Free text over name, image and kubernetes-id. */
  text?: string;
}

/**
 * The filter names, in the order the page shows them (also the URL query keys).
 *
 * @public
 */
export const WORKLOAD_FILTER_KEYS = [
  'instance',
  'namespace',
  'owner',
  'entity',
  'health',
  'text',
] as const;

/**
 * Who owns a workload for the owner filter: its owner, else who created it.
 *
 * @public
 */
export function workloadOwner(w: WorkloadSummaryDto): string | undefined {
  return w.owner ?? w.initiator;
}

/**
 * Applies the filters; `entityOf` gives a workload's resolved entity ref.
 *
 * @public
 */
export function filterWorkloads(
  items: WorkloadSummaryDto[],
  filters: WorkloadFilterValues,
  entityOf: (w: WorkloadSummaryDto) => string | undefined,
): WorkloadSummaryDto[] {
  const text = filters.text?.trim().toLocaleLowerCase('en-US');
  return items.filter(
    w =>
      (!filters.instance || w.instance === filters.instance) &&
      (!filters.namespace || w.namespace === filters.namespace) &&
      (!filters.owner || workloadOwner(w) === filters.owner) &&
      (!filters.entity || entityOf(w) === filters.entity) &&
      (!filters.health || w.health === filters.health) &&
      (!text ||
        [w.name, w.image, w.kubernetesId].some(v =>
          v?.toLocaleLowerCase('en-US').includes(text),
        )),
  );
}

/**
 * The distinct values of each filter across the items, sorted, for the selects.
 *
 * @public
 */
export function filterOptions(
  items: WorkloadSummaryDto[],
  entityOf: (w: WorkloadSummaryDto) => string | undefined,
): Record<'instance' | 'namespace' | 'owner' | 'entity' | 'health', string[]> {
  const distinct = (values: Array<string | undefined>) =>
    [...new Set(values.filter((v): v is string => !!v))].sort();
  return {
    instance: distinct(items.map(w => w.instance)),
    namespace: distinct(items.map(w => w.namespace)),
    owner: distinct(items.map(workloadOwner)),
    entity: distinct(items.map(entityOf)),
    health: distinct(items.map(w => w.health)),
  };
}
