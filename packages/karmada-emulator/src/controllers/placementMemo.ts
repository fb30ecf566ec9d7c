import {
  FleetSnapshot,
  PlacementPreview,
  previewPlacement,
  ScheduleRequest,
} from '@karmada-backstage/plugin-karmada-common';
import { jsonEqual } from '../ssa/schemaWalk';

/**
 * What the scheduler takes from a preview (the explanations of every
 * cluster stay behind: kept for thousands of bindings they would dominate
 * the emulator's memory).
 *
 * @public
 */
export type ScheduleOutcome =
  | Pick<
      Extract<PlacementPreview, { schedulable: true }>,
      'schedulable' | 'clusters' | 'affinityName'
    >
  | Pick<
      Extract<PlacementPreview, { schedulable: false }>,
      'schedulable' | 'clusters' | 'affinityName' | 'error'
    >;

function outcomeOf(preview: PlacementPreview): ScheduleOutcome {
  const { clusters, affinityName } = preview;
  return preview.schedulable
    ? { schedulable: true, clusters, affinityName }
    : { schedulable: false, clusters, affinityName, error: preview.error };
}

/**
 * The last schedule computed for each binding, reused while the request
 * and the fleet snapshot are the same: `previewPlacement` is a pure
 * function of the two, and a binding's generation often moves for reasons
 * the schedule does not read (its template's resourceVersion, for one).
 *
 * @public
 */
export class PlacementMemo {
  private readonly last = new Map<
    string,
    { fleet: FleetSnapshot; request: ScheduleRequest; outcome: ScheduleOutcome }
  >();

  /** `previewPlacement(fleet, request)`, computed again only when either changed for this key. */
  schedule(
    key: string,
    fleet: FleetSnapshot,
    request: ScheduleRequest,
  ): ScheduleOutcome {
    const hit = this.last.get(key);
    if (hit && hit.fleet === fleet && jsonEqual(hit.request, request))
      return hit.outcome;
    const outcome = outcomeOf(previewPlacement(fleet, request));
    this.last.set(key, { fleet, request, outcome });
    return outcome;
  }

  /** Forgets a key (its binding is gone). */
  forget(key: string): void {
    this.last.delete(key);
  }
}
