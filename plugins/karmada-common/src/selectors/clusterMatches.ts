import { Cluster, ClusterAffinity, FieldSelectorRequirement } from '../types';
import {
  compileRequirement,
  matchLabelSelector,
  requirementMatches,
} from './matchLabelSelector';

/**
 * Field-selector keys Karmada understands.
 *
 * @public
 */
export const CLUSTER_FIELD_KEYS = ['provider', 'region', 'zone'] as const;

/**
 * Karmada's `matchZones`: a zone expression against `spec.zones` (the
 * deprecated singular `spec.zone` is never read).
 *
 * @public
 */
export function matchZones(
  expr: FieldSelectorRequirement,
  zones: string[] | undefined,
): boolean {
  const list = zones ?? [];
  const values = expr.values ?? [];
  switch (expr.operator) {
    case 'In':
      return list.some(z => values.includes(z));
    case 'NotIn':
      return !list.some(z => values.includes(z));
    case 'Exists':
      return list.length > 0;
    case 'DoesNotExist':
      return list.length === 0;
    default:
      return false;
  }
}

/**
 * The synthetic label set Karmada matches provider/region field expressions
 * against: a field is absent when it is empty.
 *
 * @public
 */
export function clusterFieldLabels(cluster: Cluster): Record<string, string> {
  const out: Record<string, string> = {};
  if (cluster.spec?.provider) out.provider = cluster.spec.provider;
  if (cluster.spec?.region) out.region = cluster.spec.region;
  return out;
}

/**
 * Whether every field-selector expression holds for a cluster.
 *
 * @public
 */
export function matchFieldSelector(
  expressions: FieldSelectorRequirement[],
  cluster: Cluster,
): boolean {
  const fields = clusterFieldLabels(cluster);
  for (const expr of expressions) {
    if (expr.key === 'zone') {
      if (!matchZones(expr, cluster.spec?.zones)) return false;
      continue;
    }
    // Node-selector semantics (NodeSelectorRequirementsAsSelector): Gt/Lt allowed.
    const req = compileRequirement(expr, true);
    if ('error' in req) return false;
    if (!requirementMatches(req, fields)) return false;
  }
  return true;
}

/**
 * Karmada's `ClusterMatches` (pkg/util/selector.go): exclude first, then the
 * label selector, the field selector and the cluster names, ANDed.
 *
 * @public
 */
export function clusterMatches(
  cluster: Cluster,
  affinity: ClusterAffinity,
): boolean {
  const name = cluster.metadata.name;
  if (affinity.exclude?.includes(name)) return false;
  if (
    affinity.labelSelector &&
    !matchLabelSelector(affinity.labelSelector, cluster.metadata.labels)
  ) {
    return false;
  }
  if (
    affinity.fieldSelector &&
    !matchFieldSelector(affinity.fieldSelector.matchExpressions ?? [], cluster)
  ) {
    return false;
  }
  const names = affinity.clusterNames ?? [];
  return names.length === 0 || names.includes(name);
}
