import {
  KubernetesObject,
  PropagationPolicy,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { StoreEvent } from '../store/EventHistory';
import { jsonEqual } from '../ssa/schemaWalk';
import { Controller } from './ControlLoop';
import { buildBinding } from './buildBinding';
import { Claim, specificationChanged, withClaim } from './claimMetadata';
import { ControllerContext } from './ControllerContext';
import {
  CONTROLLER_MANAGER,
  CPP_NAME_ANNOTATION,
  CPP_PERMANENT_ID_LABEL,
  PP_NAME_ANNOTATION,
  PP_NAMESPACE_ANNOTATION,
  PP_PERMANENT_ID_LABEL,
} from './karmadaMetadata';
import { matchPolicy, policySelects } from './matchPolicy';
import { bindingName } from './names';

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
        return this.ctx
          .list(types.deployments, meta?.namespace)
          .map(d => key(d.metadata?.namespace, d.metadata?.name));
      case typeKey(types.clusterPropagationPolicies):
        return this.initialKeys();
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
    const namespaced = matchPolicy(
      template,
      this.ctx.list<PropagationPolicy>(
        types.propagationPolicies,
        template.metadata?.namespace,
      ),
    );
    if (namespaced) return { kind: 'PropagationPolicy', policy: namespaced };
    const clusterWide = matchPolicy(
      template,
      this.ctx.list<PropagationPolicy>(types.clusterPropagationPolicies),
    );
    return clusterWide
      ? { kind: 'ClusterPropagationPolicy', policy: clusterWide }
      : undefined;
  }
}
