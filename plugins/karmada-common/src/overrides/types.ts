import { ClusterAffinity, KubernetesObject, Overriders } from '../types';

/**
 * Identifies an override policy.
 *
 * @public
 */
export interface PolicyRef {
  kind: 'OverridePolicy' | 'ClusterOverridePolicy';
  /** Set for OverridePolicies only. */
  namespace?: string;
  name: string;
}

/**
 * The overrider lists of a rule, in the fixed order Karmada runs them.
 *
 * @public
 */
export const OVERRIDER_ORDER = [
  'imageOverrider',
  'commandOverrider',
  'argsOverrider',
  'labelsOverrider',
  'annotationsOverrider',
  'fieldOverrider',
  'plaintext',
] as const;

/**
 * The name of one overrider list of a rule.
 *
 * @public
 */
export type OverriderName = (typeof OVERRIDER_ORDER)[number];

/**
 * One rule that was applied to the resource, in application order.
 *
 * @public
 */
export interface AppliedOverride {
  policy: PolicyRef;
  /** Index in `spec.overrideRules`; 0 when the legacy `spec.targetCluster`/`spec.overriders` form was used. */
  ruleIndex: number;
  /** True when the rule came from the deprecated `spec.targetCluster`/`spec.overriders` fields. */
  legacy: boolean;
  targetCluster?: ClusterAffinity | null;
  overriders: Overriders;
}

/**
 * One structural difference between two manifests.
 *
 * `path` is a JSON pointer (RFC 6901): into the new manifest for `add` and
 * `replace`, into the old one for `remove`.
 *
 * @public
 */
export interface ManifestChange {
  path: string;
  op: 'add' | 'remove' | 'replace';
  /** The old value (absent for `add`). */
  before?: unknown;
  /** The new value (absent for `remove`). */
  after?: unknown;
  /**
   * A readable path in which list entries that are named containers (or
   * ports, env vars, volumes…) appear by name: `spec.template.spec.containers[nginx].image`.
   */
  displayPath: string;
}

/**
 * A manifest change with the override that caused it.
 *
 * @public
 */
export interface AttributedChange extends ManifestChange {
  policy: PolicyRef;
  ruleIndex: number;
  overrider: OverriderName;
  /** Index of the entry within that overrider list. */
  overriderIndex: number;
}

/**
 * A policy that contributed at least one applied rule.
 *
 * @public
 */
export interface AppliedPolicy extends PolicyRef {
  /** Rule indexes that matched the cluster, in application order. */
  ruleIndexes: number[];
}

/**
 * What a member cluster receives and why (`explainOverrides`).
 *
 * @public
 */
export interface OverrideExplanation {
  /** The effective manifest. */
  resource: KubernetesObject;
  /** Differences from the template; each names the last rule that touched its path. */
  changes: AttributedChange[];
  /** Policies with matching rules, in application order. */
  appliedPolicies: AppliedPolicy[];
}
