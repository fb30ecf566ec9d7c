import { PolicyRef } from './types';

/**
 * Why Karmada produced no manifest for a cluster: the reason codes of the
 * override engine (SEMANTICS.md §5 and §6).
 *
 * - `ImageOverrideError`: an image reference cannot be parsed, or a predicate path cannot be resolved.
 * - `JSONPatchError`: a JSON-patch operation failed (plaintext, image, command/args, labels/annotations).
 * - `FieldOverrideError`: any fieldOverrider failure (pointer, type, embedded JSON/YAML, sub-patch).
 * - `InvalidResource`: the patched object is not decodable (no `kind`) or not convertible to its typed form.
 *
 * @public
 */
export type OverrideErrorReason =
  | 'ImageOverrideError'
  | 'JSONPatchError'
  | 'FieldOverrideError'
  | 'InvalidResource';

/**
 * Where in the policies an override failed, when known.
 *
 * @public
 */
export interface OverrideErrorSource {
  policy: PolicyRef;
  /** Index in `overrideRules`; 0 for the legacy `targetCluster`/`overriders` form. */
  ruleIndex: number;
  /** The overrider list that failed, e.g. `imageOverrider`. */
  overrider?: string;
}

/**
 * The override failed: like Karmada, the engine then yields no manifest at
 * all for that cluster (never a partially overridden one).
 *
 * @public
 */
export class OverrideError extends Error {
  readonly reason: OverrideErrorReason;
  /** The policy, rule and overrider that failed, when the failure happened inside one. */
  readonly source?: OverrideErrorSource;

  constructor(
    reason: OverrideErrorReason,
    message: string,
    source?: OverrideErrorSource,
  ) {
    super(message);
    this.name = 'OverrideError';
    this.reason = reason;
    this.source = source;
  }

  /** A copy of this error that names where it happened in its message and `source`. */
  withSource(source: OverrideErrorSource): OverrideError {
    if (this.source) return this;
    const where = `${source.policy.kind} ${formatPolicyName(
      source.policy,
    )} rule ${source.ruleIndex}${
      source.overrider ? ` ${source.overrider}` : ''
    }`;
    return new OverrideError(this.reason, `${where}: ${this.message}`, source);
  }
}

function formatPolicyName(policy: PolicyRef): string {
  return policy.namespace ? `${policy.namespace}/${policy.name}` : policy.name;
}
