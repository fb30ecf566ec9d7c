import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Where the watch caches of one Karmada instance report each request's
 * outcome, so that an outage is logged once per instance, not once per
 * resource kind and retry.
 *
 * @public
 */
export interface ReachabilityLog {
  /** A list or watch of `kind` failed; it is retried in `delayMs`. */
  failed(kind: string, reason: string, delayMs: number): void;
  /** A list of `kind` succeeded or the server accepted its watch. */
  reached(kind: string): void;
}

/**
 * One warning when the instance becomes unreachable (with the reason) and
 * one when it is reachable again (with how long it was not), at warn both,
 * so whoever sees the first sees the second; every retry at debug.
 *
 * @public
 */
export function createReachabilityLog(options: {
  logger: LoggerService;
  /** How the messages name what is reached, e.g. `instance "local"`. */
  subject: string;
  server: string;
  now?: () => number;
}): ReachabilityLog {
  const { logger, subject, server } = options;
  const now = options.now ?? Date.now;
  // The kinds whose last request failed; reachable again once none is left.
  const failing = new Set<string>();
  let unreachableSince: number | undefined;
  return {
    failed(kind, reason, delayMs) {
      failing.add(kind);
      logger.debug(
        `karmada cache ${kind} at ${server}: ${reason}; retrying in ${delayMs} ms`,
      );
      if (unreachableSince !== undefined) return;
      unreachableSince = now();
      logger.warn(
        `karmada ${subject} at ${server} is unreachable: ${reason} (${kind}); serving the cached state and retrying in the background`,
      );
    },
    reached(kind) {
      failing.delete(kind);
      if (unreachableSince === undefined || failing.size > 0) return;
      const seconds = Math.round((now() - unreachableSince) / 1000);
      unreachableSince = undefined;
      logger.warn(
        `karmada ${subject} at ${server} is reachable again after ${seconds} s`,
      );
    },
  };
}
