import {
  Cluster,
  KubernetesObject,
  OverrideError,
  OverridePolicy,
  ResourceBinding,
  TargetCluster,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { buildWork } from './buildWork';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import {
  CONTROLLER_MANAGER,
  RB_NAME_ANNOTATION,
  RB_NAMESPACE_ANNOTATION,
} from './karmadaMetadata';
import { bindingName } from './names';
import { recordEvent } from './recordEvent';

type Snapshot = {
  namespace?: string;
  name?: string;
  clusters?: TargetCluster[];
};

/** `mergeTargetClusters`: the scheduled clusters, then those the bindings requiring this one were given. */
export function targetClusters(binding: ResourceBinding): TargetCluster[] {
  const out = [...(binding.spec.clusters ?? [])];
  const seen = new Set(out.map(c => c.name));
  for (const snapshot of (binding.spec.requiredBy ?? []) as Snapshot[]) {
    for (const c of snapshot.clusters ?? []) {
      if (!seen.has(c.name)) {
        seen.add(c.name);
        out.push(c);
      }
    }
  }
  return out;
}

function suspended(binding: ResourceBinding, cluster: string): boolean {
  const s = binding.spec.suspension;
  return (
    Boolean(s?.dispatching) ||
    Boolean(s?.dispatchingOnClusters?.clusterNames?.includes(cluster))
  );
}

/**
 * Karmada's binding controller: for each target cluster of a binding
 * (scheduled, or required by the bindings that depend on it) a Work in
 * `karmada-es-<cluster>` holding the effective manifest; Works of clusters
 * no longer targeted, or of bindings that are gone, are deleted. Suspended
 * dispatching still writes Works, marked `suspendDispatching`, as Karmada
 * does. An override failure leaves that cluster without a Work and records
 * a Warning Event `SyncWorkFailed` on the binding.
 *
 * @public
 */
export class BindingController implements Controller {
  readonly name = 'binding';

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    switch (event.typeKey) {
      case typeKey(types.resourceBindings):
        return [`${meta?.namespace}/${meta?.name}`];
      case typeKey(types.deployments):
      case typeKey(types.configMaps):
      case typeKey(types.secrets):
        return [
          `${meta?.namespace}/${bindingName(
            event.object.kind ?? '',
            meta?.name ?? '',
          )}`,
        ];
      case typeKey(types.overridePolicies):
        return this.bindingKeys(meta?.namespace);
      case typeKey(types.clusterOverridePolicies):
      case typeKey(types.clusters):
        return this.bindingKeys();
      default:
        return [];
    }
  }

  initialKeys(): string[] {
    const fromWorks = this.ctx
      .list(this.ctx.types.works)
      .map(
        w =>
          `${w.metadata?.annotations?.[RB_NAMESPACE_ANNOTATION]}/${w.metadata?.annotations?.[RB_NAME_ANNOTATION]}`,
      );
    return [...new Set([...this.bindingKeys(), ...fromWorks])];
  }

  reconcile(key: string): void {
    const [namespace, name] = key.split('/');
    const { types } = this.ctx;
    const works = this.ctx.select(
      types.works,
      w =>
        w.metadata?.annotations?.[RB_NAMESPACE_ANNOTATION] === namespace &&
        w.metadata?.annotations?.[RB_NAME_ANNOTATION] === name,
    );
    const binding = this.ctx.get<ResourceBinding>(
      types.resourceBindings,
      namespace,
      name,
    );
    const templateType =
      binding &&
      this.ctx.api.registry.byKind(
        binding.spec.resource.apiVersion,
        binding.spec.resource.kind,
      );
    const template =
      templateType &&
      this.ctx.get(
        templateType,
        binding.spec.resource.namespace,
        binding.spec.resource.name,
      );
    if (!binding || binding.metadata.deletionTimestamp) {
      for (const w of works)
        this.ctx.remove(
          types.works,
          w.metadata?.namespace,
          w.metadata?.name ?? '',
        );
      return;
    }
    if (!template) return; // The garbage collector removes the binding next.

    const policies = [
      ...this.ctx.list<OverridePolicy>(types.clusterOverridePolicies),
      ...this.ctx.list<OverridePolicy>(types.overridePolicies, namespace),
    ];
    const wanted = new Set<string>();
    const failures: string[] = [];
    for (const target of targetClusters(binding)) {
      const cluster = this.ctx.get<Cluster>(
        types.clusters,
        undefined,
        target.name,
      );
      if (!cluster) continue;
      try {
        const { work } = buildWork({
          template,
          binding,
          target,
          cluster,
          overridePolicies: policies,
          suspendDispatching: suspended(binding, target.name),
        });
        this.ctx.upsert(types.works, work, CONTROLLER_MANAGER);
        wanted.add(`${work.metadata?.namespace}/${work.metadata?.name}`);
      } catch (e) {
        if (!(e instanceof OverrideError)) throw e;
        failures.push(
          `Failed to apply overrides for ${template.kind}(${namespace}/${template.metadata?.name}) in cluster ${target.name}: ${e.message}`,
        );
      }
    }
    for (const w of works) {
      if (!wanted.has(`${w.metadata?.namespace}/${w.metadata?.name}`))
        this.ctx.remove(
          types.works,
          w.metadata?.namespace,
          w.metadata?.name ?? '',
        );
    }
    for (const message of failures) {
      recordEvent(this.ctx, binding as unknown as KubernetesObject, {
        type: 'Warning',
        reason: 'SyncWorkFailed',
        message,
        component: 'binding-controller',
      });
    }
  }

  private bindingKeys(namespace?: string): string[] {
    return this.ctx
      .list(this.ctx.types.resourceBindings, namespace)
      .map(b => `${b.metadata?.namespace}/${b.metadata?.name}`);
  }
}
