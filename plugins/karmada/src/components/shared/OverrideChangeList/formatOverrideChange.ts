import type { OverrideChangeDto } from '@karmada-backstage/plugin-karmada-common';

/**
 * A field value in one line: strings as they are, the rest as JSON, and
 * "absent" for a field that is not there.
 *
 * @public
 */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'absent';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * Who made a change, in words: `OverridePolicy team-a/checkout-api ·
 * overrideRules[1] · imageOverrider[0]` (indexes as they appear in YAML).
 *
 * @public
 */
export function formatChangeSource(change: OverrideChangeDto): string {
  const { kind, namespace, name } = change.policy;
  return [
    `${kind} ${namespace ? `${namespace}/` : ''}${name}`,
    `overrideRules[${change.ruleIndex}]`,
    `${change.overrider}[${change.overriderIndex}]`,
  ].join(' · ');
}

/**
 * What happened to the field: added, removed or changed.
 *
 * @public
 */
export function changeKind(
  change: OverrideChangeDto,
): 'added' | 'removed' | 'changed' {
  if (change.op === 'add' && change.before === undefined) return 'added';
  if (change.op === 'remove') return 'removed';
  return 'changed';
}
