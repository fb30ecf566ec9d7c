import type {
  ClusterManifestDto,
  KubernetesObject,
  OverridePolicy,
  Placement,
  PlacementPreview,
  ReplicaRequirements,
} from '@karmada-backstage/plugin-karmada-common';

/**
 * The output formats of `plan`: a table for people, JSON or YAML for tools.
 *
 * @public
 */
export type PlanOutput = 'table' | 'json' | 'yaml';

/**
 * What `plan` reads, already parsed (`readPlanInputs`).
 *
 * @public
 */
export interface PlanInputs {
  clusters: unknown[];
  policy: KubernetesObject;
  overridePolicies: OverridePolicy[];
  workload: KubernetesObject;
  /** File names for messages. */
  files: { policy: string; workload: string; clusters: string };
}

/**
 * What one selected cluster receives: the template with its scheduled
 * replica count, then the override policies. The `changes`,
 * `appliedPolicies` and `error` fields have the shape of the backend's
 * `ClusterManifestDto`, so the CLI and the entity page can be compared one
 * to one.
 *
 * @public
 */
export interface ClusterPlan {
  name: string;
  /** Replicas the placement gives this cluster. */
  replicas: number;
  /** The counts Karmada's UID-based tie-break can give, when it decides this cluster's share. */
  possibleReplicas?: number[];
  /**
   * Karmada's replica revision (`ReviseReplica`, before the overrides),
   * when it changes the template's `spec.replicas`. Not an override change.
   */
  replicaRevision?: { before: number; after: number };
  /** Differences from the (replica-revised) template, each with the rule that caused it. */
  changes: ClusterManifestDto['changes'];
  appliedPolicies: ClusterManifestDto['appliedPolicies'];
  /** The override failed: Karmada creates no Work for this cluster. */
  error?: { reason: string; message: string };
  /** The effective manifest; absent when `error` is set (the cluster gets none). */
  manifest?: KubernetesObject;
}

/**
 * Everything `plan` found, before rendering.
 *
 * @public
 */
export interface PlanResult {
  workload: {
    kind: string;
    name: string;
    namespace?: string;
    replicas: number;
    replicaRequirements?: ReplicaRequirements;
  };
  policy: {
    kind: string;
    name: string;
    namespace?: string;
    placement: Placement;
    summary: string;
    /**
     * Whether the policy's resourceSelectors select the workload. When not,
     * Karmada would not propagate it with this policy: the preview shows
     * only what the placement would do.
     */
    selectsWorkload: boolean;
  };
  /** The override policies given with --overrides, as parsed. */
  overridePolicies: OverridePolicy[];
  preview: PlacementPreview;
  /** One entry per cluster in the result, in Karmada's order. */
  clusters: ClusterPlan[];
  /**
   * Plan-level notes, e.g. a policy that does not select the workload (then
   * the first note, saying why).
   */
  notes: string[];
}
