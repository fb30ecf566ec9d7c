import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ApplyRequest,
  ApplyResponse,
  ListWorkloadsQuery,
  ListWorkloadsResponse,
  RemoveResponse,
  RenderRequest,
  RenderResponse,
  WorkloadActionRequest,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * Who asks, for provenance annotations.
 *
 * @public
 */
export interface WorkloadCaller {
  /** User entity ref, e.g. `user:default/jane`, when a user is behind the call. */
  initiator?: string;
  /** The caller's credentials, for reading the catalog on its behalf. */
  credentials?: BackstageCredentials;
}

/**
 * Rendering, applying and removing workloads, and listing them.
 *
 * @public
 */
export interface WorkloadService {
  render(
    request: RenderRequest,
    caller: WorkloadCaller,
  ): Promise<RenderResponse>;
  apply(request: ApplyRequest, caller: WorkloadCaller): Promise<ApplyResponse>;
  resume(
    request: WorkloadActionRequest,
    caller: WorkloadCaller,
  ): Promise<ApplyResponse>;
  remove(
    request: WorkloadActionRequest,
    caller: WorkloadCaller,
  ): Promise<RemoveResponse>;
  listWorkloads(
    query: ListWorkloadsQuery,
    visible: (resource: { instance: string; namespace: string }) => boolean,
  ): ListWorkloadsResponse;
}
