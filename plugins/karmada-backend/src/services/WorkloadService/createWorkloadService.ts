import { LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { PlacementServiceImpl } from '../PlacementService/createPlacementService';
import { applyWorkload } from './applyWorkload';
import { listWorkloads } from './listWorkloads';
import { removeWorkload } from './removeWorkload';
import { renderWorkload } from './renderWorkload';
import { resumeWorkload } from './resumeWorkload';
import { WorkloadService } from './types';
import { WorkloadContext } from './WorkloadContext';

/**
 * Creates the workload service (one operation per file beside this one).
 *
 * @public
 */
export function createWorkloadService(options: {
  registry: KarmadaRegistry;
  placement: PlacementServiceImpl;
  logger: LoggerService;
  /** The catalog, to label workloads with their entity's kubernetes-id. */
  catalog?: CatalogService;
  /** How long a staged apply waits for Karmada's scheduler (default 15 s). */
  stagedTimeoutMs?: number;
}): WorkloadService {
  const ctx: WorkloadContext = {
    registry: options.registry,
    placement: options.placement,
    catalog: options.catalog,
    stagedTimeoutMs: options.stagedTimeoutMs ?? 15_000,
  };
  return {
    render: (request, caller) => renderWorkload(ctx, request, caller),
    apply: (request, caller) => applyWorkload(ctx, request, caller),
    resume: request => resumeWorkload(ctx, request),
    remove: request => removeWorkload(ctx, request),
    listWorkloads: (query, visible) =>
      listWorkloads(options.registry, query, visible),
  };
}
