import {
  PreviewRequest,
  PreviewResponse,
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';
import type { CachedJson } from '../../routes/sendCachedJson';

/**
 * Placement previews and the placement of existing workloads, computed over
 * the watch cache (no request to Karmada per call).
 *
 * @public
 */
export interface PlacementService {
  preview(request: PreviewRequest): PreviewResponse;
  /** The same as `preview`, serialized; identical requests over the same fleet reuse the bytes. */
  previewJson(request: PreviewRequest): CachedJson;
  getWorkloadPlacement(ref: WorkloadRef): WorkloadPlacementResponse;
  /** The same as `getWorkloadPlacement`, serialized and memoized until an input changes. */
  getWorkloadPlacementJson(ref: WorkloadRef): CachedJson;
}
