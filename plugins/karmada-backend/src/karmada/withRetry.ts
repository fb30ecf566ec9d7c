import { computeBackoff } from './backoff';
import { isRetriable } from './errors';

/**
 * Retry policy for idempotent requests (server-side apply, GET, DELETE).
 *
 * @public
 */
export interface RetryOptions {
  /** Total attempts, first included (default 4). */
  attempts: number;
  initialMs: number;
  maxMs: number;
}

/** Defaults: 4 attempts, 200 ms doubling up to 2 s (about 3.5 s of waiting at worst). */
export const DEFAULT_RETRY: RetryOptions = {
  attempts: 4,
  initialMs: 200,
  maxMs: 2000,
};

/**
 * The outcome of a retried call: the value and how many attempts it took,
 * and whether an earlier attempt may have reached the server.
 *
 * @public
 */
export interface Retried<T> {
  value: T;
  attempts: number;
  /** An earlier attempt failed after sending (reset/timeout/5xx): it may have been applied. */
  ambiguous: boolean;
}

/**
 * Runs `fn` until it succeeds, fails with a non-retriable error, or runs out
 * of attempts (then the last error is thrown, annotated with `attempts`).
 * Only for idempotent requests: a server-side apply of the same object is,
 * so a retry after an ambiguous failure converges instead of duplicating.
 *
 * @public
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
  sleep: (ms: number) => Promise<void> = ms =>
    new Promise(r => setTimeout(r, ms)),
): Promise<Retried<T>> {
  let ambiguous = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await fn(), attempts: attempt, ambiguous };
    } catch (e) {
      if (!isRetriable(e) || attempt >= options.attempts) {
        if (e && typeof e === 'object') Object.assign(e, { attempts: attempt });
        throw e;
      }
      ambiguous = true;
      await sleep(computeBackoff(attempt, options));
    }
  }
}
