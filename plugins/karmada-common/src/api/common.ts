/**
 * A reference to one workload: the Deployment `name` in `namespace` on a
 * Karmada `instance`. The PropagationPolicy and OverridePolicy share its name.
 *
 * @public
 */
export interface WorkloadRef {
  instance: string;
  namespace: string;
  name: string;
}

/**
 * An error the backend reports beside partial results (for example one
 * unreachable instance while the others answered).
 *
 * @public
 */
export interface ErrorDto {
  /** Error class name, e.g. `ServiceUnavailableError`, `NotAllowedError`. */
  name: string;
  message: string;
}

/**
 * A per-instance failure reported beside the results of the other instances.
 *
 * @public
 */
export interface InstanceErrorDto {
  instance: string;
  error: ErrorDto;
}

/**
 * A status condition in plain form (`Scheduled`, `FullyApplied`, `Ready`…).
 *
 * @public
 */
export interface ConditionDto {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/**
 * Resource figures in base units, for bars and sums in the UI
 * (Kubernetes quantities parsed: `"1500m"` → 1500 millicores, `"4Gi"` → bytes).
 *
 * @public
 */
export interface ResourceFigures {
  cpuMillicores?: number;
  memoryBytes?: number;
  pods?: number;
}

/**
 * The resources one replica asks for, as Kubernetes quantities
 * (e.g. `{ cpu: '250m', memory: '256Mi' }`).
 *
 * @public
 */
export type ResourceRequestDto = Record<string, string | number>;

/**
 * A workload spec as the template form and the scaffolder action send it;
 * validated by karmada-common's `validateWorkloadSpec` on the backend (a 400
 * names the field). Typed loosely here so the wire contract does not change
 * when the spec gains fields.
 *
 * @public
 */
export type WorkloadSpecBody = Record<string, unknown>;

/**
 * Query of the instance-scoped GET routes (`/clusters`, `/namespaces`,
 * `/facets`): the default instance when `instance` is omitted.
 *
 * @public
 */
export interface InstanceQuery {
  instance?: string;
}
