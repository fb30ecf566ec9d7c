import {
  ANNOTATION_CREATED_BY,
  ANNOTATION_ENTITY_REF,
  ANNOTATION_OWNER,
  ANNOTATION_TEMPLATE,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
  ListWorkloadsQuery,
  isRolloutYoung,
  ListWorkloadsResponse,
  MANAGED_BY_VALUE,
  ResourceBinding,
  resourceBindingName,
  WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { isSuspended } from '../PlacementService/governingPolicy';
import { DeploymentObject } from '../../karmada/createInstanceCache';
import { governingPolicy } from '../PlacementService/governingPolicy';
import {
  clusterSummaries,
  readyReplicas,
  workloadHealth,
} from '../shared/workloadStatus';
import { deploymentRollout } from '../shared/deploymentRollout';

/**
 * The workloads of one instance's cache that match a query, as summaries.
 *
 * @public
 */
export function summarizeWorkloads(
  instance: string,
  deployments: DeploymentObject[],
  binding: (namespace: string, name: string) => ResourceBinding | undefined,
  suspended: (d: DeploymentObject) => boolean,
  query: ListWorkloadsQuery,
  visible: (r: { instance: string; namespace: string }) => boolean,
  now: number = Date.now(),
): WorkloadSummaryDto[] {
  const out: WorkloadSummaryDto[] = [];
  for (const d of deployments) {
    const { namespace, name } = d.metadata;
    const labels = d.metadata.labels ?? {};
    const annotations = d.metadata.annotations ?? {};
    if (query.namespace && namespace !== query.namespace) continue;
    if (query.entity && labels[LABEL_KUBERNETES_ID] !== query.entity) continue;
    const owner =
      annotations[ANNOTATION_OWNER] ?? annotations[ANNOTATION_CREATED_BY];
    if (
      query.owner &&
      owner !== query.owner &&
      annotations[ANNOTATION_CREATED_BY] !== query.owner
    )
      continue;
    if (!visible({ instance, namespace })) continue;
    const b = binding(namespace, resourceBindingName(name, 'Deployment'));
    const rollout = deploymentRollout(d, b);
    const health = workloadHealth(
      b,
      suspended(d),
      isRolloutYoung(rollout, now),
    );
    if (query.health && health !== query.health) continue;
    const containers = d.spec?.template?.spec?.containers as
      | Array<{ image?: string }>
      | undefined;
    const gov = governingPolicy(d);
    out.push({
      instance,
      namespace,
      name,
      kind: 'Deployment',
      kubernetesId: labels[LABEL_KUBERNETES_ID],
      managed: labels[LABEL_MANAGED_BY] === MANAGED_BY_VALUE,
      initiator: annotations[ANNOTATION_CREATED_BY],
      owner: annotations[ANNOTATION_OWNER],
      entityRef: annotations[ANNOTATION_ENTITY_REF],
      template: annotations[ANNOTATION_TEMPLATE],
      image: containers?.[0]?.image,
      replicas: typeof d.spec?.replicas === 'number' ? d.spec.replicas : 1,
      readyReplicas: readyReplicas(b),
      clusters: clusterSummaries(b),
      health,
      ...(rollout ? { rollout } : {}),
      ...(gov.claimed ? { propagationPolicy: gov.name } : {}),
      creationTimestamp: d.metadata.creationTimestamp,
    });
  }
  return out.sort((a, b) =>
    a.namespace === b.namespace
      ? a.name.localeCompare(b.name)
      : a.namespace.localeCompare(b.namespace),
  );
}

/**
 * Workloads across instances (or one), with an error entry for each
 * instance that cannot answer.
 *
 * @public
 */
export function listWorkloads(
  registry: KarmadaRegistry,
  query: ListWorkloadsQuery,
  visible: (r: { instance: string; namespace: string }) => boolean,
  now: number = Date.now(),
): ListWorkloadsResponse {
  const targets = query.instance
    ? [registry.get(query.instance, 'query.instance')]
    : registry.list();
  const items: WorkloadSummaryDto[] = [];
  const errors: ListWorkloadsResponse['errors'] = [];
  for (const i of targets) {
    try {
      const ready = registry.getReady(i.name);
      const { cache } = ready;
      items.push(
        ...summarizeWorkloads(
          i.name,
          cache.deployments.list(),
          (ns, n) => cache.bindings.get(ns, n),
          d =>
            isSuspended(
              cache.propagationPolicies.get(
                d.metadata.namespace,
                d.metadata.name,
              ),
            ),
          query,
          visible,
          now,
        ),
      );
    } catch (e) {
      errors.push({
        instance: i.name,
        error: { name: (e as Error).name, message: (e as Error).message },
      });
    }
  }
  return { items, errors };
}
