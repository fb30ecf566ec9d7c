import type { Toleration } from '../types';
import { joinWords } from './joinWords';

/**
 * One toleration in plain words, in the taint notation Karmada's messages
 * use (`key=value:Effect`): `dedicated=gpu`, `dedicated=gpu:NoSchedule`,
 * `any dedicated taint`, `every NoSchedule taint`, `every taint`.
 *
 * @public
 */
export function describeToleration(toleration: Toleration): string {
  const effect = toleration.effect ? `${toleration.effect} ` : '';
  if (toleration.operator === 'Exists') {
    return toleration.key
      ? `any ${effect}${toleration.key} taint`
      : `every ${effect}taint`;
  }
  const suffix = toleration.effect ? `:${toleration.effect}` : '';
  if (!toleration.key) {
    // Kubernetes quirk: an empty key with Equal tolerates any taint with that value.
    return `any ${effect}taint valued ${toleration.value ?? '""'}`;
  }
  const value = toleration.value ? `=${toleration.value}` : '';
  return `${toleration.key}${value}${suffix}`;
}

/**
 * `; tolerates dedicated=gpu and every NoSchedule taint`, or an empty string.
 *
 * @public
 */
export function describeTolerations(
  tolerations: Toleration[] | undefined,
): string {
  if (!tolerations || tolerations.length === 0) return '';
  return `; tolerates ${joinWords(tolerations.map(describeToleration))}`;
}
