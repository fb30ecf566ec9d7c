import type { ExplanationReason } from '@karmada-backstage/plugin-karmada-common';

/**
 * Why clusters were left out, in the user's words (one line).
 *
 * @public
 */
export function reasonWords(reasons: readonly ExplanationReason[]): string {
  return (
    reasons.map(r => r.message).join('; ') || 'Not chosen by the scheduler.'
  );
}

/**
 * The same reasons in Karmada's words (plugin and reason), one per line,
 * for a tooltip; empty when there are none.
 *
 * @public
 */
export function karmadaWords(reasons: readonly ExplanationReason[]): string {
  return reasons.map(r => `${r.plugin}: ${r.karmada}`).join('\n');
}
