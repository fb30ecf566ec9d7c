import {
  ResourceBinding,
  RolloutDto,
  rolloutOf,
} from '@karmada-backstage/plugin-karmada-common';
import type { DeploymentObject } from '../../karmada/createInstanceCache';
import { bindingCondition } from './workloadStatus';

type ManagedFieldsEntry = {
  subresource?: string;
  time?: string;
  fieldsV1?: unknown;
};

/**
 * When the Deployment's spec last changed, as far as the API server tells:
 * a Deployment carries no timestamp of its generation, but each field
 * manager's managedFields entry records when that manager last changed its
 * fields. Entries owning `spec` count; status writes (a subresource) and
 * metadata-only writes (Karmada's policy labels) do not.
 *
 * @public
 */
export function lastSpecChange(d: DeploymentObject): string | undefined {
  let latest: string | undefined;
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const m of (d.metadata.managedFields ?? []) as ManagedFieldsEntry[]) {
    if (m.subresource || !m.time) continue;
    const fields = m.fieldsV1;
    if (typeof fields !== 'object' || fields === null || !('f:spec' in fields))
      continue;
    const ms = Date.parse(m.time);
    if (ms > latestMs) {
      latestMs = ms;
      latest = m.time;
    }
  }
  return latest;
}

/**
 * The current rollout of a Deployment (see RolloutDto): it starts at the
 * latest of its creation, its last spec change and the binding's
 * `Scheduled` and `FullyApplied` transitions, and is given the Deployment's
 * `progressDeadlineSeconds`.
 *
 * @public
 */
export function deploymentRollout(
  d: DeploymentObject,
  binding: ResourceBinding | undefined,
): RolloutDto | undefined {
  return rolloutOf({
    startTimes: [
      d.metadata.creationTimestamp,
      lastSpecChange(d),
      bindingCondition(binding, 'Scheduled')?.lastTransitionTime,
      bindingCondition(binding, 'FullyApplied')?.lastTransitionTime,
    ],
    progressDeadlineSeconds: d.spec?.progressDeadlineSeconds,
  });
}
