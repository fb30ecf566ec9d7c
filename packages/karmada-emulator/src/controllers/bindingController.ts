import {
  Cluster,
  KubernetesObject,
  OverrideError,
  OverridePolicy,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { ResourceType, typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { buildWork } from './buildWork';
import { specificationChanged } from './specificationChanged';
import { Controller } from './ControlLoop';
import { ControllerContext } from './ControllerContext';
import { BINDINGS_BY_CLUSTER, WORKS_BY_BINDING } from './controllerIndexes';
import {
  CONTROLLER_MANAGER,
  RB_NAME_ANNOTATION,
  RB_NAMESPACE_ANNOTATION,
} from './karmadaMetadata';
import { bindingName, executionSpace, workName } from './names';
import { policyCandidates, selectedTemplates } from './policyCandidates';
import { recordEvent } from './recordEvent';
import { targetClusters } from './targetClusters';
import { WorkMemo } from './workMemo';

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
  private readonly built = new WorkMemo();

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    switch (event.typeKey) {
      case typeKey(types.resourceBindings):
        // Works are made of the binding's spec and metadata, never its status.
        return specificationChanged(event)
          ? [`${meta?.namespace}/${meta?.name}`]
          : [];
      case typeKey(types.deployments):
      case typeKey(types.configMaps):
      case typeKey(types.secrets):
        // Status and server bookkeeping are pruned from the manifest.
        return specificationChanged(event)
          ? [
              `${meta?.namespace}/${bindingName(
                event.object.kind ?? '',
                meta?.name ?? '',
              )}`,
            ]
          : [];
      case typeKey(types.overridePolicies):
        return this.selectedBy(event, types.overridePolicies);
      case typeKey(types.clusterOverridePolicies):
        return this.selectedBy(event, types.clusterOverridePolicies);
      case typeKey(types.clusters):
        // Only the Works for that cluster can change: those of the bindings targeting it.
        return this.ctx
          .byIndex(
            types.resourceBindings,
            BINDINGS_BY_CLUSTER,
            meta?.name ?? '',
          )
          .map(b => `${b.metadata?.namespace}/${b.metadata?.name}`);
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
    const works = this.ctx.byIndex(types.works, WORKS_BY_BINDING, key);
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
      for (const w of works) this.removeWork(w);
      return;
    }
    if (!template) return; // The garbage collector removes the binding next.

    // The engine orders policies itself; only those that may select the template matter.
    const policies = [
      ...policyCandidates<OverridePolicy>(
        this.ctx,
        types.clusterOverridePolicies,
        template,
      ),
      ...policyCandidates<OverridePolicy>(
        this.ctx,
        types.overridePolicies,
        template,
      ),
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
      const inputs = {
        template,
        binding,
        target,
        cluster,
        overridePolicies: policies,
        suspendDispatching: suspended(binding, target.name),
      };
      const workNamespace = executionSpace(target.name);
      const workKey = `${workNamespace}/${workName(
        template.kind ?? '',
        template.metadata?.name ?? '',
        template.metadata?.namespace,
      )}`;
      wanted.add(workKey);
      const current = this.ctx.get(
        types.works,
        workNamespace,
        workKey.slice(workNamespace.length + 1),
      );
      if (this.built.holds(workKey, inputs, current)) continue;
      try {
        const { work } = buildWork(inputs);
        const stored = this.ctx.upsert(types.works, work, CONTROLLER_MANAGER);
        this.built.remember(workKey, inputs, stored);
      } catch (e) {
        if (!(e instanceof OverrideError)) throw e;
        wanted.delete(workKey);
        failures.push(
          `Failed to apply overrides for ${template.kind}(${namespace}/${template.metadata?.name}) in cluster ${target.name}: ${e.message}`,
        );
      }
    }
    for (const w of works) {
      if (!wanted.has(`${w.metadata?.namespace}/${w.metadata?.name}`))
        this.removeWork(w);
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

  private removeWork(work: KubernetesObject): void {
    const { namespace, name = '' } = work.metadata ?? {};
    this.ctx.remove(this.ctx.types.works, namespace, name);
    this.built.forget(`${namespace}/${name}`);
  }

  private bindingKeys(namespace?: string): string[] {
    return this.ctx
      .list(this.ctx.types.resourceBindings, namespace)
      .map(b => `${b.metadata?.namespace}/${b.metadata?.name}`);
  }

  /** The bindings of the templates an OverridePolicy selects, before or after the change. */
  private selectedBy(event: StoreEvent, policyType: ResourceType): string[] {
    const keys = new Set<string>();
    for (const policy of [event.object, event.previous]) {
      if (!policy) continue;
      const selected = selectedTemplates(this.ctx, policy, policyType);
      // Without selectors it applies to every resource (in its namespace).
      if (selected === undefined)
        this.bindingKeys(
          policyType.namespaced ? policy.metadata?.namespace : undefined,
        ).forEach(k => keys.add(k));
      else
        for (const { object } of selected)
          keys.add(
            `${object.metadata?.namespace}/${bindingName(
              object.kind ?? '',
              object.metadata?.name ?? '',
            )}`,
          );
    }
    return [...keys];
  }
}
