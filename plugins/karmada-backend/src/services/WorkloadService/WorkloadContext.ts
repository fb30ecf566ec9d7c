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
  /** How long a staged apply waits for Karmada's scheduler. */
  stagedTimeoutMs: number;
}
