import {
  detectDependencies,
  PodTemplateHolder,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { typeKey } from '../api/ResourceType';
import { ResourceRegistry } from '../api/resourceRegistry';
import { IndexFunction } from '../store/ObjectIndex';
import { ObjectStore } from '../store/ObjectStore';
import { ControlledTypes } from './ControllerContext';
import { findCondition } from './conditions';
import {
  CPP_NAME_ANNOTATION,
  PP_NAME_ANNOTATION,
  PP_NAMESPACE_ANNOTATION,
  RB_DEPENDED_BY_LABEL_PREFIX,
  RB_NAME_ANNOTATION,
  RB_NAMESPACE_ANNOTATION,
} from './karmadaMetadata';
import { policyIndexValues } from './policyCandidates';
import { targetClusters } from './targetClusters';

// The secondary indexes the controllers look objects up by, so that a
// reconcile or a change costs what it touches rather than a scan of a type
// (client-go informers' Indexers play this part in Karmada).

/** Works by the binding they were made for (`namespace/name`). */
export const WORKS_BY_BINDING = 'binding';
/** ResourceBindings by the member clusters they target (scheduled or required). */
export const BINDINGS_BY_CLUSTER = 'cluster';
/** ResourceBindings whose `Scheduled` condition is False, under `False`. */
export const BINDINGS_BY_SCHEDULED = 'scheduled';
/** ResourceBindings by their `depended-by` label keys (the parents requiring them). */
export const BINDINGS_BY_DEPENDED_BY = 'depended-by';
/** Resource templates by the policy claiming them (`PropagationPolicy/ns/name`, `ClusterPropagationPolicy/name`). */
export const TEMPLATES_BY_CLAIM = 'claim';
/** Deployments by the ConfigMaps and Secrets their pods reference (`Kind/ns/name`). */
export const TEMPLATES_BY_DEPENDENCY = 'dependency';
/** (Cluster)Propagation- and (Cluster)OverridePolicies by what their resource selectors name (see policyCandidates). */
export const POLICIES_BY_SELECTOR = 'selector';
/** Any object by the uids of its owners. */
export const OBJECTS_BY_OWNER = 'owner';

const worksByBinding: IndexFunction = work => {
  const annotations = work.metadata?.annotations ?? {};
  const name = annotations[RB_NAME_ANNOTATION];
  return name ? [`${annotations[RB_NAMESPACE_ANNOTATION] ?? ''}/${name}`] : [];
};

const bindingsByCluster: IndexFunction = binding =>
  binding.spec
    ? targetClusters(binding as unknown as ResourceBinding).map(c => c.name)
    : [];

const bindingsByScheduled: IndexFunction = binding => {
  const status = (binding as unknown as ResourceBinding).status;
  return findCondition(status?.conditions, 'Scheduled')?.status === 'False'
    ? ['False']
    : [];
};

const bindingsByDependedBy: IndexFunction = binding =>
  Object.keys(binding.metadata?.labels ?? {}).filter(k =>
    k.startsWith(RB_DEPENDED_BY_LABEL_PREFIX),
  );

const templatesByClaim: IndexFunction = template => {
  const annotations = template.metadata?.annotations ?? {};
  const out: string[] = [];
  if (annotations[PP_NAME_ANNOTATION])
    out.push(
      `PropagationPolicy/${annotations[PP_NAMESPACE_ANNOTATION] ?? ''}/${
        annotations[PP_NAME_ANNOTATION]
      }`,
    );
  if (annotations[CPP_NAME_ANNOTATION])
    out.push(`ClusterPropagationPolicy/${annotations[CPP_NAME_ANNOTATION]}`);
  return out;
};

const templatesByDependency: IndexFunction = template => {
  try {
    return detectDependencies(template as PodTemplateHolder).map(
      d => `${d.kind}/${d.namespace}/${d.name}`,
    );
  } catch {
    return []; // A template the detector cannot read has no dependencies to follow.
  }
};

const objectsByOwner: IndexFunction = object =>
  (object.metadata?.ownerReferences ?? []).map(o => o.uid);

/**
 * Registers the controllers' indexes on the store (a second registration,
 * by another context over the same store, is a no-op).
 *
 * @public
 */
export function registerControllerIndexes(
  store: ObjectStore,
  registry: ResourceRegistry,
  types: ControlledTypes,
): void {
  const add = (type: keyof ControlledTypes, name: string, fn: IndexFunction) =>
    store.addIndex(typeKey(types[type]), name, fn);
  add('works', WORKS_BY_BINDING, worksByBinding);
  add('resourceBindings', BINDINGS_BY_CLUSTER, bindingsByCluster);
  add('resourceBindings', BINDINGS_BY_SCHEDULED, bindingsByScheduled);
  add('resourceBindings', BINDINGS_BY_DEPENDED_BY, bindingsByDependedBy);
  add('deployments', TEMPLATES_BY_CLAIM, templatesByClaim);
  add('deployments', TEMPLATES_BY_DEPENDENCY, templatesByDependency);
  for (const policies of [
    'propagationPolicies',
    'clusterPropagationPolicies',
    'overridePolicies',
    'clusterOverridePolicies',
  ] as const)
    add(policies, POLICIES_BY_SELECTOR, policyIndexValues);
  for (const type of registry.types)
    store.addIndex(typeKey(type), OBJECTS_BY_OWNER, objectsByOwner);
}
