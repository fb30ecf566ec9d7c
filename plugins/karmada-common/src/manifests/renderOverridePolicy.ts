import type { OverridePolicy, RuleWithCluster } from '../types';
import {
  differentialContainerIndex,
  DifferentialItem,
  WorkloadSpec,
} from '../spec';
import type { Deployment } from './deploymentTypes';
import {
  ContainerChanges,
  differentialOverriders,
  RuleChanges,
} from './differentialOverriders';
import {
  compact,
  policyLabels,
  provenanceAnnotations,
  RenderOptions,
} from './objectMetadata';
import { workloadResourceSelector } from './renderPropagationPolicy';

/**
 * Groups clusters by the differential items that reach them, in order of
 * first appearance: one group per distinct set of items.
 *
 * Why not one rule per item: every rule is computed against the template,
 * and Karmada applies all matching rules in turn. Two items reaching one
 * cluster could each need to create the same missing parent (`env`,
 * `resources`), and the second `add` would replace what the first created.
 * A cluster in several items therefore gets one rule holding all of them;
 * when every cluster is in at most one item this is exactly one rule per item.
 *
 * @public
 */
export function groupDifferentialClusters(
  items: DifferentialItem[],
): Array<{ items: number[]; clusters: string[] }> {
  const byCluster = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const cluster of item.clusters)
      byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), i]);
  });
  const groups = new Map<string, { items: number[]; clusters: string[] }>();
  for (const [cluster, indices] of byCluster) {
    const key = indices.join(',');
    const group = groups.get(key) ?? { items: indices, clusters: [] };
    group.clusters.push(cluster);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      if (a.items[i] !== b.items[i]) return a.items[i] - b.items[i];
    }
    return a.items.length - b.items.length;
  });
}

function emptyContainerChanges(): ContainerChanges {
  return { image: {}, env: [], requests: {}, limits: {} };
}

function quantityStrings(
  list: Record<string, string | number> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(list ?? {}).map(([k, v]) => [k, String(v)]),
  );
}

/**
 * Merges the differential items of one group into one rule's changes.
 * Validation guarantees no two of them set the same field.
 *
 * @public
 */
export function mergeDifferentialItems(
  spec: WorkloadSpec,
  indices: number[],
): RuleChanges {
  const changes: RuleChanges = {
    containers: new Map(),
    labels: {},
    annotations: {},
  };
  for (const i of indices) {
    const item = (spec.differential ?? [])[i];
    const ci = differentialContainerIndex(item, spec.containers);
    if (ci < 0) continue;
    const c = changes.containers.get(ci) ?? emptyContainerChanges();
    Object.assign(c.image, compact({ ...item.image }));
    if (item.command) c.command = [...item.command];
    if (item.args) c.args = [...item.args];
    c.env.push(
      ...(item.env ?? []).map(e => ({ name: e.name, value: e.value })),
    );
    Object.assign(c.requests, quantityStrings(item.resources?.requests));
    Object.assign(c.limits, quantityStrings(item.resources?.limits));
    changes.containers.set(ci, c);
    Object.assign(changes.labels, item.labels);
    Object.assign(changes.annotations, item.annotations);
  }
  return changes;
}

/**
 * The OverridePolicy holding the differential configuration, or undefined
 * when every cluster gets the template as is.
 *
 * @public
 */
export function renderOverridePolicy(
  spec: WorkloadSpec,
  deployment: Deployment,
  options: RenderOptions = {},
): OverridePolicy | undefined {
  const items = spec.differential ?? [];
  if (items.length === 0) return undefined;
  const overrideRules: RuleWithCluster[] = groupDifferentialClusters(items)
    .map(group => ({
      targetCluster: { clusterNames: group.clusters },
      overriders: differentialOverriders(
        deployment,
        mergeDifferentialItems(spec, group.items),
      ),
    }))
    // e.g. clearing args the template does not have: nothing to do, and
    // Karmada's webhook refuses a rule without overriders.
    .filter(rule => Object.keys(rule.overriders).length > 0);
  if (overrideRules.length === 0) return undefined;
  return {
    apiVersion: 'policy.karmada.io/v1alpha1',
    kind: 'OverridePolicy',
    metadata: compact({
      name: spec.name,
      namespace: spec.namespace,
      labels: policyLabels(spec),
      annotations: provenanceAnnotations(options),
    }),
    spec: {
      resourceSelectors: [workloadResourceSelector(spec)],
      overrideRules,
    },
  };
}
