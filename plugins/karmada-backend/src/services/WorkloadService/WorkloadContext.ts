import type { CatalogService } from '@backstage/plugin-catalog-node';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { PlacementServiceImpl } from '../PlacementService/createPlacementService';

/**
 * What the workload operations need.
 *
 * @public
 */
export interface WorkloadContext {
  registry: KarmadaRegistry;
  placement: PlacementServiceImpl;
  /** Reads the entity a spec names, to label the workload with its kubernetes-id. */
  catalog?: CatalogService;
  /** How long a staged apply waits for Karmada's scheduler. */
  stagedTimeoutMs: number;
}
