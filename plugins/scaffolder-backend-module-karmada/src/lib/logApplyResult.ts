import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  ApplyResponse,
  StagedResultDto,
} from '@karmada-backstage/plugin-karmada-common';

const objectLabel = (o: { kind: string; name: string; namespace?: string }) =>
  `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;

/**
 * Logs what an apply wrote (or, in a dry run, would write), one object a
 * line with created / configured / unchanged, and the service's warnings.
 */
export function logApplyResult(
  logger: LoggerService,
  applied: ApplyResponse,
): void {
  const prefix = applied.dryRun ? 'Dry run, nothing persisted: ' : '';
  for (const o of applied.objects) {
    const verb = applied.dryRun ? `would be ${o.action}` : o.action;
    logger.info(`${prefix}${objectLabel(o)} ${verb}`);
  }
  for (const w of applied.warnings ?? []) logger.warn(w);
}

/**
 * Logs Karmada's real scheduling of a staged apply beside the preview:
 * the binding's clusters, then each difference as a warning (or that there
 * is none), so the reviewer sees where reality and the preview disagree
 * before dispatching resumes.
 */
export function logStagedResult(
  logger: LoggerService,
  staged: StagedResultDto,
): void {
  const binding = staged.binding;
  if (staged.state === 'scheduled' && binding) {
    const where = binding.clusters
      .map(c => `${c.name}=${c.replicas ?? 'all'}`)
      .join(', ');
    logger.info(
      `Staged: Karmada scheduled ResourceBinding ${binding.name}: ${
        where || 'no clusters'
      }`,
    );
  } else if (staged.state === 'unschedulable') {
    const why = binding?.scheduled?.message ?? binding?.scheduled?.reason;
    logger.warn(
      `Staged: Karmada could not schedule the workload${why ? `: ${why}` : ''}`,
    );
  } else {
    logger.warn(
      'Staged: Karmada had not scheduled the workload within the wait; compare the Multicloud tab with the preview once it has',
    );
  }
  if (!staged.differences.length) {
    if (staged.state === 'scheduled') {
      logger.info('Staged: Karmada placed every replica as the preview did');
    }
    return;
  }
  for (const d of staged.differences) {
    logger.warn(`Staged: ${d.cluster}: ${d.message}`);
  }
}
