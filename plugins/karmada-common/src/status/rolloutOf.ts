import type { RolloutDto } from '../api/workloads';

/**
 * Kubernetes' default `spec.progressDeadlineSeconds` of a Deployment.
 *
 * @public
 */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

function deadlineSeconds(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? value
    : DEFAULT_PROGRESS_DEADLINE_SECONDS;
}

/**
 * The current rollout of a workload: it started at the latest of the given
 * times (RFC 3339; unparsable or missing ones are skipped) and is given the
 * Deployment's progress deadline. Undefined when no time is known.
 *
 * @public
 */
export function rolloutOf(input: {
  startTimes: ReadonlyArray<string | undefined>;
  progressDeadlineSeconds?: unknown;
}): RolloutDto | undefined {
  let latest = Number.NEGATIVE_INFINITY;
  for (const t of input.startTimes) {
    const ms = t ? Date.parse(t) : NaN;
    if (ms > latest) latest = ms;
  }
  if (!Number.isFinite(latest)) return undefined;
  const seconds = deadlineSeconds(input.progressDeadlineSeconds);
  return {
    startedAt: new Date(latest).toISOString(),
    progressDeadlineSeconds: seconds,
    deadline: new Date(latest + seconds * 1000).toISOString(),
  };
}

/**
 * Whether a rollout is still young at `now` (epoch ms): Karmada's
 * `Unhealthy` then means replicas are still becoming available, not that
 * the workload is broken.
 *
 * @public
 */
export function isRolloutYoung(
  rollout: RolloutDto | undefined,
  now: number,
): boolean {
  return rollout !== undefined && now < Date.parse(rollout.deadline);
}
