import {
  AggregatedStatusItem,
  Condition,
  KubernetesObject,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { compareStrings } from '../util/compareStrings';
import { metaTime } from '../api/systemMetadata';
import { StoreEvent } from '../store/EventHistory';
import { LABEL_INDEX } from '../store/ObjectStore';
import { specificationChanged } from './specificationChanged';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { setCondition } from './conditions';
import { targetClusters } from './targetClusters';
import {
  EXECUTION_SPACE_PREFIX,
  RB_NAME_ANNOTATION,
  RB_NAMESPACE_ANNOTATION,
  RB_PERMANENT_ID_LABEL,
} from './karmadaMetadata';

type WorkStatus = {
  conditions?: Condition[];
  manifestStatuses?: Array<{
    identifier?: { kind?: string; name?: string };
    status?: Record<string, unknown>;
    health?: string;
  }>;
};
type MemberDeploymentStatus = Record<string, number | undefined>;

/** `assembleWorkStatus`: one item per Work, sorted by cluster. */
function aggregate(
  works: KubernetesObject[],
  binding: ResourceBinding,
): AggregatedStatusItem[] {
  return works
    .filter(w => !w.metadata?.deletionTimestamp)
    .map(work => {
      const clusterName = (work.metadata?.namespace ?? '').slice(
        EXECUTION_SPACE_PREFIX.length,
      );
      const status = (work.status ?? {}) as WorkStatus;
      const applied = status.conditions?.find(c => c.type === 'Applied');
      if (applied?.status !== 'True') {
        return {
          clusterName,
          applied: false,
          ...(applied?.message ? { appliedMessage: applied.message } : {}),
          health: 'Unknown',
        };
      }
      const item: AggregatedStatusItem = {
        clusterName,
        applied: true,
        health: 'Unknown',
      };
      const manifest = status.manifestStatuses?.find(
        m =>
          m.identifier?.kind === binding.spec.resource.kind &&
          m.identifier?.name === binding.spec.resource.name,
      );
      if (manifest) {
        if (manifest.status) item.status = manifest.status;
        item.health = manifest.health ?? 'Unknown';
      }
      return item;
    })
    .sort((a, b) => compareStrings(a.clusterName, b.clusterName));
}

/** `worksFullyApplied`. */
function fullyApplied(
  items: AggregatedStatusItem[],
  binding: ResourceBinding,
): boolean {
  const targets = new Set(targetClusters(binding).map(c => c.name));
  return (
    targets.size > 0 &&
    targets.size === items.length &&
    items.every(i => i.applied && targets.has(i.clusterName))
  );
}

/** Karmada's `aggregateDeploymentStatus`: member counts summed, observedGeneration when all caught up. */
function deploymentStatus(
  template: KubernetesObject,
  items: AggregatedStatusItem[],
): Record<string, unknown> {
  const old = (template.status ?? {}) as Record<string, unknown>;
  const generation = template.metadata?.generation ?? 0;
  const sums = {
    replicas: 0,
    readyReplicas: 0,
    updatedReplicas: 0,
    availableReplicas: 0,
    unavailableReplicas: 0,
  };
  let caughtUp = 0;
  for (const item of items) {
    if (!item.status) continue;
    const member = item.status as MemberDeploymentStatus;
    if (
      (member.observedGeneration ?? 0) >= (member.generation ?? 0) &&
      (member.resourceTemplateGeneration ?? 0) >= generation
    )
      caughtUp += 1;
    for (const k of Object.keys(sums) as Array<keyof typeof sums>)
      sums[k] += member[k] ?? 0;
  }
  const observedGeneration =
    caughtUp === items.length ? generation : old.observedGeneration;
  const next: Record<string, unknown> = { ...old, observedGeneration };
  for (const [k, v] of Object.entries(sums)) {
    if (v) next[k] = v;
    else delete next[k];
  }
  if (next.observedGeneration === undefined || next.observedGeneration === 0)
    delete next.observedGeneration;
  return next;
}

/**
 * Karmada's binding status controller: `status.aggregatedStatus` from the
 * binding's Works, the `FullyApplied` condition, and for Deployments the
 * template's own status summed from the members.
 *
 * @public
 */
export class BindingStatusController implements Controller {
  readonly name = 'binding-status';

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    if (event.typeKey === typeKey(types.works)) {
      return [
        `${meta?.annotations?.[RB_NAMESPACE_ANNOTATION]}/${meta?.annotations?.[RB_NAME_ANNOTATION]}`,
      ];
    }
    // What the binding's own status says is carried over, never read: only its spec and metadata matter.
    if (
      event.typeKey === typeKey(types.resourceBindings) &&
      event.type !== 'DELETED' &&
      specificationChanged(event)
    )
      return [`${meta?.namespace}/${meta?.name}`];
    return [];
  }

  initialKeys(): string[] {
    return this.ctx
      .list(this.ctx.types.resourceBindings)
      .map(b => `${b.metadata?.namespace}/${b.metadata?.name}`);
  }

  reconcile(key: string): void {
    const [namespace, name] = key.split('/');
    const { types } = this.ctx;
    const binding = this.ctx.get<ResourceBinding>(
      types.resourceBindings,
      namespace,
      name,
    );
    if (!binding) return;
    const id = binding.metadata.labels?.[RB_PERMANENT_ID_LABEL];
    const works = id
      ? this.ctx.byIndex(
          types.works,
          LABEL_INDEX,
          `${RB_PERMANENT_ID_LABEL}=${id}`,
        )
      : [];
    const items = aggregate(works, binding);
    const condition = fullyApplied(items, binding)
      ? {
          type: 'FullyApplied',
          status: 'True',
          reason: 'FullyAppliedSuccess',
          message: 'All works have been successfully applied',
        }
      : {
          type: 'FullyApplied',
          status: 'False',
          reason: 'FullyAppliedFailed',
          message:
            'Failed to apply all works, see status.aggregatedStatus for details',
        };
    const stamp = metaTime(this.ctx.now());
    const status: Record<string, unknown> = {
      ...binding.status,
      aggregatedStatus: items,
      conditions: setCondition(binding.status?.conditions, condition, stamp),
    };
    if (items.length === 0) delete status.aggregatedStatus; // omitempty
    this.ctx.writeStatus(types.resourceBindings, namespace, name, status);
    if (binding.spec.resource.kind !== 'Deployment') return;
    const template = this.ctx.get(
      types.deployments,
      binding.spec.resource.namespace,
      binding.spec.resource.name,
    );
    if (!template || template.metadata?.uid !== binding.spec.resource.uid)
      return;
    this.ctx.writeStatus(
      types.deployments,
      template.metadata?.namespace,
      template.metadata?.name ?? '',
      deploymentStatus(template, items),
    );
  }
}
