/**
 * Exponential backoff with full jitter: a random delay in
 * `[base/2, base]` where `base = min(maxMs, initialMs * 2^(attempt-1))`.
 * The lower bound keeps retries from hammering a struggling server.
 *
 * @public
 */
export function computeBackoff(
  attempt: number,
  options: { initialMs: number; maxMs: number },
  random: () => number = Math.random,
): number {
  const base = Math.min(
    options.maxMs,
    options.initialMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.round(base / 2 + (random() * base) / 2);
}
