import {
  Cluster,
  createFleetSnapshot,
  updateFleetSnapshot,
  FleetSnapshot,
  KubernetesObject,
  ReplicaRequirements,
  ResourceBinding,
  TargetCluster,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { metaTime } from '../api/systemMetadata';
import { StoreEvent } from '../store/EventHistory';
import { jsonEqual } from '../ssa/schemaWalk';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { setCondition } from './conditions';
import { BINDINGS_BY_SCHEDULED } from './controllerIndexes';
import { PlacementMemo } from './placementMemo';
import {
  APPLIED_PLACEMENT_ANNOTATION,
  SCHEDULER_MANAGER,
} from './karmadaMetadata';

const SUCCESS_MESSAGE = 'Binding has been scheduled successfully.';

function key(object: KubernetesObject | ResourceBinding): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

/** `TargetCluster.Replicas` is omitempty: 0 is not written. */
function wire(clusters: TargetCluster[]): TargetCluster[] {
  return clusters.map(c =>
    c.replicas ? { name: c.name, replicas: c.replicas } : { name: c.name },
  );
}

/**
 * Karmada's scheduler for ResourceBindings, running the project's own
 * placement engine (`createFleetSnapshot` + `previewPlacement` from
 * karmada-common, with the binding's UID deciding Webster ties as in
 * Karmada) over the stored fleet. It schedules when the binding's spec
 * moved past `status.schedulerObservedGeneration`, writes `spec.clusters`
 * (cleared on NoClusterFit, kept on other failures) and the `Scheduled`
 * condition with Karmada's reason and message. Failed bindings are retried
 * when a cluster changes. Rescheduling is computed like a fresh schedule
 * (Karmada's steady-state rescheduling, which prefers current clusters, is
 * not modelled).
 *
 * @public
 */
export class SchedulerController implements Controller {
  readonly name = 'scheduler';
  private readonly retry = new Set<string>();
  // Preparing a fleet is the costly part: prepared once, then only the
  // clusters that changed are prepared again (updateFleetSnapshot).
  private snapshot: FleetSnapshot | undefined;
  private readonly changed = new Map<string, Cluster | undefined>();
  private readonly placements = new PlacementMemo();

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    if (event.typeKey === typeKey(types.resourceBindings)) {
      if (event.type !== 'DELETED') return [key(event.object)];
      this.placements.forget(key(event.object));
      return [];
    }
    if (event.typeKey !== typeKey(types.clusters)) return [];
    this.changed.set(
      event.object.metadata?.name ?? '',
      event.type === 'DELETED'
        ? undefined
        : (event.object as unknown as Cluster),
    );
    const failed = this.ctx.byIndex<ResourceBinding>(
      types.resourceBindings,
      BINDINGS_BY_SCHEDULED,
      'False',
    );
    for (const b of failed) this.retry.add(key(b));
    return failed.map(key);
  }

  initialKeys(): string[] {
    return this.ctx
      .list<ResourceBinding>(this.ctx.types.resourceBindings)
      .map(key);
  }

  reconcile(id: string): void {
    const [namespace, name] = id.split('/');
    const { types } = this.ctx;
    const binding = this.ctx.get<ResourceBinding>(
      types.resourceBindings,
      namespace,
      name,
    );
    const retry = this.retry.delete(id);
    // Attached bindings of dependencies carry no placement: Karmada does not schedule them.
    if (
      !binding ||
      binding.metadata.deletionTimestamp ||
      !binding.spec.placement
    )
      return;
    if (
      (binding.spec.suspension as { scheduling?: boolean } | undefined)
        ?.scheduling
    )
      return;
    const observed =
      binding.status?.schedulerObservedGeneration ===
      binding.metadata.generation;
    if (observed && !retry) return;

    const preview = this.placements.schedule(id, this.fleet(), {
      placement: binding.spec.placement,
      replicas: binding.spec.replicas ?? 0,
      replicaRequirements: binding.spec.replicaRequirements as
        | ReplicaRequirements
        | undefined,
      bindingUID: binding.metadata.uid,
    });
    const spec = { ...binding.spec };
    const annotations = { ...binding.metadata.annotations };
    if (preview.schedulable) {
      spec.clusters = wire(preview.clusters);
      annotations[APPLIED_PLACEMENT_ANNOTATION] = JSON.stringify(
        binding.spec.placement,
      );
    } else if (preview.error.conditionReason === 'NoClusterFit') {
      delete spec.clusters;
    }
    const changed =
      !jsonEqual(spec, binding.spec) ||
      !jsonEqual(annotations, binding.metadata.annotations ?? {});
    const stored = changed
      ? (this.ctx.upsert(
          types.resourceBindings,
          {
            ...(binding as unknown as KubernetesObject),
            metadata: { ...binding.metadata, annotations },
            spec,
          },
          SCHEDULER_MANAGER,
        ) as unknown as ResourceBinding)
      : binding;

    const now = metaTime(this.ctx.now());
    const condition = preview.schedulable
      ? {
          type: 'Scheduled',
          status: 'True',
          reason: 'Success',
          message: SUCCESS_MESSAGE,
        }
      : {
          type: 'Scheduled',
          status: 'False',
          reason: preview.error.conditionReason,
          message: preview.error.message,
        };
    const status: Record<string, unknown> = {
      ...stored.status,
      schedulerObservedGeneration: stored.metadata.generation,
      conditions: setCondition(stored.status?.conditions, condition, now),
    };
    if (preview.schedulable) {
      status.lastScheduledTime = now;
      if (preview.affinityName !== undefined)
        status.schedulerObservedAffinityName = preview.affinityName;
      else delete status.schedulerObservedAffinityName;
    }
    this.ctx.writeStatus(types.resourceBindings, namespace, name, status);
  }

  /** The fleet as the engine sees it, with the clusters changed since the last schedule folded in. */
  private fleet(): FleetSnapshot {
    if (this.snapshot && this.changed.size > 0) {
      const upsert = [...this.changed.values()].filter(
        (c): c is Cluster => c !== undefined,
      );
      const remove = [...this.changed]
        .filter(([, c]) => c === undefined)
        .map(([name]) => name);
      try {
        this.snapshot = updateFleetSnapshot(this.snapshot, { upsert, remove });
      } catch {
        this.snapshot = undefined; // Rebuilt below, which reports what the engine rejects.
      }
    }
    this.changed.clear();
    this.snapshot ??= createFleetSnapshot(
      this.ctx.list<Cluster>(this.ctx.types.clusters),
    );
    return this.snapshot;
  }
}
