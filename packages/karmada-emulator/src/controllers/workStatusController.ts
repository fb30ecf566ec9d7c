import {
  Cluster,
  Condition,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { metaTime } from '../api/systemMetadata';
import { StoreEvent } from '../store/EventHistory';
import { ReconcileResult, Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { findCondition, setCondition } from './conditions';
import { EXECUTION_SPACE_PREFIX } from './karmadaMetadata';
import { memberManifestStatus, MemberProgress } from './memberStatus';

type WorkStatus = {
  conditions?: Condition[];
  manifestStatuses?: Array<{ status?: { generation?: unknown } }>;
};
type WorkSpec = {
  suspendDispatching?: boolean;
  workload?: { manifests?: KubernetesObject[] };
};

/**
 * Karmada's execution and work status controllers, with the member
 * clusters simulated: a Work whose dispatching is not suspended is applied
 * to a Ready cluster (Applied condition) and the cluster reports its
 * manifest's status, replicas becoming ready over `readyAfterMs`. A cluster
 * that is not Ready gets nothing applied and reports nothing, as when
 * Karmada cannot reach it.
 *
 * @public
 */
export class WorkStatusController implements Controller {
  readonly name = 'work-status';
  private readonly progress = new Map<string, MemberProgress>();

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    if (event.typeKey === typeKey(types.works)) {
      // A status write keeps the (frozen) spec object: identity answers most events.
      const specChanged =
        event.previous?.spec !== event.object.spec &&
        JSON.stringify(event.previous?.spec) !==
          JSON.stringify(event.object.spec);
      return event.type === 'MODIFIED' && !specChanged
        ? []
        : [`${meta?.namespace}/${meta?.name}`];
    }
    if (event.typeKey === typeKey(types.clusters)) {
      return this.ctx
        .list(types.works, `${EXECUTION_SPACE_PREFIX}${meta?.name}`)
        .map(w => `${w.metadata?.namespace}/${w.metadata?.name}`);
    }
    return [];
  }

  initialKeys(): string[] {
    return this.ctx
      .list(this.ctx.types.works)
      .map(w => `${w.metadata?.namespace}/${w.metadata?.name}`);
  }

  reconcile(key: string): ReconcileResult | void {
    const [namespace, name] = key.split('/');
    const { types } = this.ctx;
    const work = this.ctx.get(types.works, namespace, name);

    if (!work) {
      this.progress.delete(key);
      return undefined;
    }
    const spec = (work.spec ?? {}) as WorkSpec;
    const status = (work.status ?? {}) as WorkStatus;
    const now = this.ctx.now();
    const stamp = metaTime(now);
    let conditions = setCondition(
      status.conditions,
      spec.suspendDispatching
        ? {
            type: 'Dispatching',
            status: 'False',
            reason: 'SuspendDispatching',
            message: 'Work dispatching is in a suspended state.',
          }
        : {
            type: 'Dispatching',
            status: 'True',
            reason: 'Dispatching',
            message: 'Work is being dispatched to member clusters.',
          },
      stamp,
    );
    const cluster = this.ctx.get<Cluster>(
      types.clusters,
      undefined,
      namespace.slice(EXECUTION_SPACE_PREFIX.length),
    );
    const ready =
      findCondition(cluster?.status?.conditions, 'Ready')?.status === 'True';
    if (spec.suspendDispatching || !ready) {
      this.ctx.writeStatus(types.works, namespace, name, {
        ...status,
        conditions,
      });
      return undefined;
    }

    const manifests = spec.workload?.manifests ?? [];
    const hash = JSON.stringify(manifests);
    let progress = this.progress.get(key);
    if (!progress) {
      // Restarted with persisted state: what the member reported before stands (it did not restart).
      const reported = status.manifestStatuses?.[0]?.status?.generation;
      if (typeof reported === 'number')
        progress = { manifestHash: hash, generation: reported, appliedAt: 0 };
    }
    if (!progress || progress.manifestHash !== hash) {
      progress = {
        manifestHash: hash,
        generation: (progress?.generation ?? 0) + 1,
        appliedAt: now.getTime(),
      };
    }
    this.progress.set(key, progress);
    conditions = setCondition(
      conditions,
      {
        type: 'Applied',
        status: 'True',
        reason: 'AppliedSuccessful',
        message: 'Manifest has been successfully applied',
      },
      stamp,
    );
    const elapsed = now.getTime() - progress.appliedAt;
    const reports = manifests.map(m => {
      const resource =
        this.ctx.api.registry.byKind(m.apiVersion, m.kind)?.resource ??
        `${(m.kind ?? '').toLowerCase()}s`;
      return memberManifestStatus(
        m,
        resource,
        progress as MemberProgress,
        elapsed,
        this.ctx.readyAfterMs,
      );
    });
    this.ctx.writeStatus(types.works, namespace, name, {
      ...status,
      conditions,
      manifestStatuses: reports.map(r => r.status),
    });
    const waits = reports
      .map(r => r.nextChangeInMs)
      .filter((ms): ms is number => ms !== undefined);
    return waits.length ? { requeueAfterMs: Math.min(...waits) } : undefined;
  }
}
