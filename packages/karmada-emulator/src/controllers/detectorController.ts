import {
  KubernetesObject,
  PropagationPolicy,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { ResourceType, typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { jsonEqual } from '../ssa/schemaWalk';
import { Controller } from './ControlLoop';
import { buildBinding } from './buildBinding';
import { Claim, withClaim } from './claimMetadata';
import { ControllerContext } from './ControllerContext';
import {
  CONTROLLER_MANAGER,
  CPP_NAME_ANNOTATION,
  CPP_PERMANENT_ID_LABEL,
  PP_NAME_ANNOTATION,
  PP_NAMESPACE_ANNOTATION,
  PP_PERMANENT_ID_LABEL,
} from './karmadaMetadata';
import { TEMPLATES_BY_CLAIM } from './controllerIndexes';
import { matchPolicy, policySelects } from './matchPolicy';
import { policyCandidates, selectedTemplates } from './policyCandidates';
import { bindingName } from './names';
import { specificationChanged } from './specificationChanged';

function key(namespace: string | undefined, name: string | undefined): string {
  return `${namespace ?? ''}/${name ?? ''}`;
}

/**
 * Karmada's resource detector for Deployments: finds the policy that
 * claims each Deployment (a claim sticks while its policy exists and still
 * selects the template), records the claim on the template like Karmada
 * (permanent-id label, name/namespace annotations), and keeps the
 * ResourceBinding `<name>-deployment` in line with template and policy:
 * resource reference, replicas, replica requirements, placement,
 * propagateDeps, suspension… never the scheduler's `spec.clusters`. When a
 * policy goes away its claims are removed, but bindings stay until their
 * Deployment is gone, as in Karmada.
 *
 * @public
 */
export class DetectorController implements Controller {
  readonly name = 'detector';

  constructor(private readonly ctx: ControllerContext) {}

  keysFor(event: StoreEvent): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    switch (event.typeKey) {
      case typeKey(types.deployments):
        return specificationChanged(event)
          ? [key(meta?.namespace, meta?.name)]
          : [];
      case typeKey(types.propagationPolicies):
        return this.affectedBy(
          event,
          'PropagationPolicy',
          types.propagationPolicies,
        );
      case typeKey(types.clusterPropagationPolicies):
        return this.affectedBy(
          event,
          'ClusterPropagationPolicy',
          types.clusterPropagationPolicies,
        );
      case typeKey(types.resourceBindings): {
        // A binding of an earlier Deployment of the same name is gone: the current one may bind now.
        const resource = (
          event.object.spec as ResourceBinding['spec'] | undefined
        )?.resource;
        return event.type === 'DELETED' && resource?.kind === 'Deployment'
          ? [key(resource.namespace, resource.name)]
          : [];
      }
      default:
        return [];
    }
  }

  initialKeys(): string[] {
    return this.ctx
      .list(this.ctx.types.deployments)
      .map(d => key(d.metadata?.namespace, d.metadata?.name));
  }

  reconcile(id: string): void {
    const [namespace, name] = id.split('/');
    const { types } = this.ctx;
    const template = this.ctx.get(types.deployments, namespace, name);
    if (!template || template.metadata?.deletionTimestamp) return;
    const claim = this.currentClaim(template) ?? this.newClaim(template);
    const claimed = withClaim(template, claim);
    const stored = jsonEqual(claimed.metadata, template.metadata)
      ? template
      : this.ctx.upsert(types.deployments, claimed, CONTROLLER_MANAGER);
    const bindingKey = bindingName('Deployment', name);
    const binding = this.ctx.get<ResourceBinding>(
      types.resourceBindings,
      namespace,
      bindingKey,
    );
    if (!claim) {
      // The claim is gone: strip it from the binding too, which then stays as it is.
      if (binding)
        this.ctx.upsert(
          types.resourceBindings,
          withClaim(binding as unknown as KubernetesObject, undefined),
          CONTROLLER_MANAGER,
        );
      return;
    }
    if (
      binding &&
      binding.metadata.ownerReferences?.some(
        o => o.controller && o.uid !== stored.metadata?.uid,
      )
    ) {
      return; // A binding of an earlier Deployment of that name: the garbage collector removes it first.
    }
    this.ctx.upsert(
      types.resourceBindings,
      buildBinding(stored, claim, binding),
      CONTROLLER_MANAGER,
    );
  }

  private currentClaim(template: KubernetesObject): Claim | undefined {
    const { types } = this.ctx;
    const labels = template.metadata?.labels ?? {};
    const annotations = template.metadata?.annotations ?? {};
    const ppName = annotations[PP_NAME_ANNOTATION];
    if (ppName) {
      const policy = this.ctx.get<PropagationPolicy>(
        types.propagationPolicies,
        annotations[PP_NAMESPACE_ANNOTATION],
        ppName,
      );
      if (
        policy &&
        policy.metadata.labels?.[PP_PERMANENT_ID_LABEL] ===
          labels[PP_PERMANENT_ID_LABEL] &&
        policySelects(template, policy)
      ) {
        return { kind: 'PropagationPolicy', policy };
      }
    }
    const cppName = annotations[CPP_NAME_ANNOTATION];
    if (cppName) {
      const policy = this.ctx.get<PropagationPolicy>(
        types.clusterPropagationPolicies,
        undefined,
        cppName,
      );
      if (
        policy &&
        policy.metadata.labels?.[CPP_PERMANENT_ID_LABEL] ===
          labels[CPP_PERMANENT_ID_LABEL] &&
        policySelects(template, policy)
      ) {
        return { kind: 'ClusterPropagationPolicy', policy };
      }
    }
    return undefined;
  }

  private newClaim(template: KubernetesObject): Claim | undefined {
    const { types } = this.ctx;
    // Only policies whose selectors may name the template can claim it; matchPolicy picks among them.
    const namespaced = matchPolicy(
      template,
      policyCandidates<PropagationPolicy>(
        this.ctx,
        types.propagationPolicies,
        template,
      ),
    );
    if (namespaced) return { kind: 'PropagationPolicy', policy: namespaced };
    const clusterWide = matchPolicy(
      template,
      policyCandidates<PropagationPolicy>(
        this.ctx,
        types.clusterPropagationPolicies,
        template,
      ),
    );
    return clusterWide
      ? { kind: 'ClusterPropagationPolicy', policy: clusterWide }
      : undefined;
  }

  /**
   * The Deployments whose claim a policy change may decide: those the
   * policy claims (they may lose it) and those it selects before or after
   * the change (they may gain it). Claims stick, so no other Deployment's
   * outcome depends on this policy.
   */
  private affectedBy(
    event: StoreEvent,
    kind: Claim['kind'],
    policyType: ResourceType,
  ): string[] {
    const { types } = this.ctx;
    const meta = event.object.metadata;
    const claimKey =
      kind === 'PropagationPolicy'
        ? `${kind}/${meta?.namespace ?? ''}/${meta?.name ?? ''}`
        : `${kind}/${meta?.name ?? ''}`;
    const keys = new Set<string>();
    const add = (d: KubernetesObject) =>
      keys.add(key(d.metadata?.namespace, d.metadata?.name));
    this.ctx
      .byIndex(types.deployments, TEMPLATES_BY_CLAIM, claimKey)
      .forEach(add);
    for (const policy of [event.object, event.previous]) {
      if (!policy) continue;
      const selected = selectedTemplates(this.ctx, policy, policyType);
      if (selected === undefined) continue; // No selectors: a policy that selects nothing.
      for (const { type, object } of selected)
        if (type === types.deployments) add(object);
    }
    return [...keys];
  }
}
