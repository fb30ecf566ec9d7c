import type { LoggerService } from '@backstage/backend-plugin-api';
import type { ClusterReplicas, PreviewSummary } from './summarizePreview';

// Enough names to recognise a group without flooding the task log.
const MAX_NAMES = 10;

const namesText = (names: string[]) =>
  names.length <= MAX_NAMES
    ? names.join(', ')
    : `${names.slice(0, MAX_NAMES).join(', ')} and ${
        names.length - MAX_NAMES
      } more`;

const replicasText = (n: number) => `${n} ${n === 1 ? 'replica' : 'replicas'}`;

const outcomeText = (outcome: ClusterReplicas[]) =>
  outcome.map(c => `${c.name}=${c.replicas ?? '?'}`).join(' ');

/** The replica counts a tied cluster can get, ascending and distinct. */
function possibleCounts(summary: PreviewSummary, cluster: string): number[] {
  const counts = summary.ties
    .filter(t => t.clusters.includes(cluster))
    .flatMap(t => t.outcomes.flat())
    .filter(c => c.name === cluster && c.replicas !== undefined)
    .map(c => c.replicas as number);
  return [...new Set(counts)].sort((a, b) => a - b);
}

/**
 * Writes a placement preview to the step log the way a reviewer reads it:
 * each chosen cluster with its replicas, the clusters left out and why
 * (one line per reason, naming its clusters),
 * ties Karmada breaks by the binding's UID, and warnings (as warnings, so
 * they stand out in the task log).
 */
export function logPreview(
  logger: LoggerService,
  summary: PreviewSummary,
  instance: string,
): void {
  const how = summary.strategy ? `, ${summary.strategy}` : '';
  if (!summary.schedulable) {
    const why = summary.error
      ? `${summary.error.message} (${summary.error.reason})`
      : 'no reason given';
    logger.warn(
      `Placement preview on Karmada instance "${instance}"${how}: Karmada would not schedule this workload: ${why}`,
    );
  } else {
    const n = summary.clusters.length;
    logger.info(
      `Placement preview on Karmada instance "${instance}"${how}: ${n} ${
        n === 1 ? 'cluster' : 'clusters'
      }`,
    );
    for (const c of summary.clusters) {
      const tied = possibleCounts(summary, c.name);
      const count =
        c.replicas === undefined ? 'all replicas' : replicasText(c.replicas);
      logger.info(
        `  ${c.name}: ${count}${
          tied.length > 1
            ? ` (tie: ${tied.join(' or ')} depending on Karmada's tie-break)`
            : ''
        }`,
      );
    }
  }
  for (const t of summary.ties) {
    logger.info(
      `Tie between ${t.clusters.join(
        ', ',
      )}: the split depends on the ResourceBinding's UID (Karmada's Webster tie-break); possible outcomes: ${t.outcomes
        .map(outcomeText)
        .join(' | ')}`,
    );
  }
  for (const g of summary.leftOut) {
    const why = g.reasons.join('; ');
    logger.info(
      g.count === 1
        ? `  left out ${g.clusters[0]}: ${why}`
        : `  left out ${g.count} clusters (${namesText(g.clusters)}): ${why}`,
    );
  }
  for (const w of summary.warnings) logger.warn(`Placement warning: ${w}`);
}
