import {
  KubernetesObject,
  PropagationSpec,
  replicaRequirementsFromPodTemplate,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { Claim, withClaim } from './claimMetadata';
import { bindingName } from './names';

/**
 * Karmada's `BuildResourceBinding` for a Deployment (plus the fields
 * `ApplyPolicy` refreshes on an existing binding): the template reference,
 * replicas and replica requirements (from the pod template, by the
 * project's engine), and the policy's placement, propagateDeps,
 * suspension…; `spec.clusters` and status stay as they are.
 *
 * @public
 */
export function buildBinding(
  template: KubernetesObject,
  claim: Claim,
  existing: ResourceBinding | undefined,
): KubernetesObject {
  const spec: PropagationSpec = claim.policy.spec ?? {
    resourceSelectors: [],
  };
  const templateSpec = (template.spec ?? {}) as {
    replicas?: number;
    template?: { spec?: unknown };
  };
  const requirements = replicaRequirementsFromPodTemplate(
    templateSpec.template?.spec ?? {},
  );
  const claimed = withClaim(
    (existing as unknown as KubernetesObject) ?? { metadata: {} },
    claim,
  );
  const bindingSpec: Record<string, unknown> = {
    ...existing?.spec,
    resource: {
      apiVersion: template.apiVersion,
      kind: template.kind,
      namespace: template.metadata?.namespace,
      name: template.metadata?.name,
      uid: template.metadata?.uid,
      resourceVersion: template.metadata?.resourceVersion,
    },
    replicas: templateSpec.replicas ?? 0,
    replicaRequirements: requirements,
    propagateDeps: spec.propagateDeps,
    schedulerName: spec.schedulerName,
    placement: spec.placement ?? {},
    failover: spec.failover,
    conflictResolution: spec.conflictResolution,
    preserveResourcesOnDeletion: spec.preserveResourcesOnDeletion,
    suspension: spec.suspension,
  };
  // Go's omitempty: absent, false and 0 are not written.
  for (const [field, value] of Object.entries(bindingSpec)) {
    if (value === undefined || value === false || value === 0)
      delete bindingSpec[field];
  }
  const ownerReference = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: template.metadata?.name ?? '',
    uid: template.metadata?.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
  return {
    apiVersion: 'work.karmada.io/v1alpha2',
    kind: 'ResourceBinding',
    metadata: {
      ...claimed.metadata,
      name: bindingName('Deployment', template.metadata?.name ?? ''),
      namespace: template.metadata?.namespace,
      ownerReferences: [ownerReference],
    },
    spec: bindingSpec,
  };
}
