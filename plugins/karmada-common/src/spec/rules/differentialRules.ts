import { parseImageReference } from '../imageReference';
import type { ContainerSpec } from '../schemas/containerSchema';
import type { DifferentialItem } from '../schemas/differentialSchema';
import { resourcePairIssues, ResourcesSpec } from '../schemas/resourcesSchema';
import {
  RESERVED_ANNOTATION_PREFIX,
  RESERVED_LABEL_KEYS,
  SpecIssue,
} from './podRules';

/**
 * The index of the container a differential item changes (the first one by default), or -1.
 *
 * @public
 */
export function differentialContainerIndex(
  item: DifferentialItem,
  containers: ContainerSpec[],
): number {
  if (item.container === undefined) return containers.length > 0 ? 0 : -1;
  return containers.findIndex(c => c.name === item.container);
}

/**
 * The individual fields a differential item sets, e.g. `image tag of
 * container "web"` or `label "tier"`; two items that reach the same cluster
 * must not share one, since the result would depend on rule order.
 *
 * @public
 */
export function differentialFieldsSet(
  item: DifferentialItem,
  containerName: string,
): string[] {
  const of = `of container "${containerName}"`;
  const out: string[] = [];
  for (const component of ['registry', 'repository', 'tag'] as const) {
    if (item.image?.[component] !== undefined)
      out.push(`the image ${component} ${of}`);
  }
  if (item.command) out.push(`the command ${of}`);
  if (item.args) out.push(`the args ${of}`);
  for (const e of item.env ?? []) out.push(`env "${e.name}" ${of}`);
  for (const kind of ['requests', 'limits'] as const) {
    for (const name of Object.keys(item.resources?.[kind] ?? {}))
      out.push(`the ${name} ${kind.slice(0, -1)} ${of}`);
  }
  for (const key of Object.keys(item.labels ?? {})) out.push(`label "${key}"`);
  for (const key of Object.keys(item.annotations ?? {}))
    out.push(`annotation "${key}"`);
  return out;
}

/**
 * The resources a cluster ends up with: the template's, then every item's
 * requests and limits in order (the renderer sets them key by key).
 *
 * @public
 */
export function mergeResources(
  base: ResourcesSpec | undefined,
  changes: Array<ResourcesSpec | undefined>,
): ResourcesSpec {
  const requests = { ...base?.requests };
  const limits = { ...base?.limits };
  for (const change of changes) {
    Object.assign(requests, change?.requests);
    Object.assign(limits, change?.limits);
  }
  return { requests, limits };
}

/**
 * Rules of the differential configuration that need no fleet: the container
 * exists, reserved labels stay, every cluster's effective resources are
 * valid, and no cluster gets the same field from two items.
 *
 * @public
 */
export function differentialIssues(spec: {
  containers: ContainerSpec[];
  differential?: DifferentialItem[];
}): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const items = spec.differential ?? [];
  const owners = new Map<string, number>();
  const resourceItems = new Map<string, number[]>();
  items.forEach((item, i) => {
    const ci = differentialContainerIndex(item, spec.containers);
    if (ci < 0) {
      issues.push({
        path: ['differential', i, 'container'],
        message: `no container named "${item.container}"`,
      });
      return;
    }
    const container = spec.containers[ci];
    const image = parseImageReference(container.image);
    if (item.image && !('error' in image) && image.tag && image.digest) {
      // imageparser.Parse keeps the tag and skips the digest (SEMANTICS §4.2).
      issues.push({
        path: ['differential', i, 'image'],
        message: `container "${container.name}" pins its image by tag and digest; Karmada's image overrider would drop the digest: use a tag or a digest, not both`,
      });
    }
    for (const key of Object.keys(item.labels ?? {})) {
      if (RESERVED_LABEL_KEYS.includes(key)) {
        issues.push({
          path: ['differential', i, 'labels', key],
          message: `"${key}" is set by the portal and cannot differ per cluster`,
        });
      }
    }
    for (const key of Object.keys(item.annotations ?? {})) {
      if (key.startsWith(RESERVED_ANNOTATION_PREFIX)) {
        issues.push({
          path: ['differential', i, 'annotations', key],
          message: `"${key}" is set by the portal and cannot differ per cluster`,
        });
      }
    }
    const fields = differentialFieldsSet(item, container.name);
    item.clusters.forEach((cluster, k) => {
      for (const field of fields) {
        const owner = owners.get(`${cluster}\u0000${field}`);
        if (owner !== undefined && owner !== i) {
          issues.push({
            path: ['differential', i, 'clusters', k],
            message: `cluster "${cluster}" already gets ${field} from differential[${owner}]`,
          });
        } else {
          owners.set(`${cluster}\u0000${field}`, i);
        }
      }
      if (item.resources) {
        const key = `${cluster}\u0000${ci}`;
        resourceItems.set(key, [...(resourceItems.get(key) ?? []), i]);
      }
    });
  });
  const seen = new Set<string>();
  for (const [key, indices] of resourceItems) {
    const [cluster, ci] = key.split('\u0000');
    const merged = mergeResources(
      spec.containers[Number(ci)].resources,
      indices.map(i => items[i].resources),
    );
    const last = indices[indices.length - 1];
    const own = resourcePairIssues(
      items[last].resources?.requests,
      items[last].resources?.limits,
    );
    for (const issue of resourcePairIssues(merged.requests, merged.limits)) {
      // The item's own contradictions are already reported by its schema.
      if (own.some(o => o.path.join('.') === issue.path.join('.'))) continue;
      // With one item the problem is the item's own, whichever cluster it reaches.
      const where =
        indices.length > 1
          ? `on cluster "${cluster}" (with differential[${indices
              .slice(0, -1)
              .join('], differential[')}]), `
          : '';
      const message = `${where}${issue.message} once merged with the container's resources`;
      const id = `${last}:${issue.path.join('.')}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      issues.push({
        path: ['differential', last, 'resources', ...issue.path],
        message,
      });
    }
  }
  return issues;
}

/**
 * Contextual rules: every targeted cluster is one the placement can choose
 * (when that is known), and every named cluster exists in the fleet.
 *
 * @public
 */
export function differentialTargetIssues(
  items: DifferentialItem[],
  chosen: string[] | undefined,
  describe: string,
): SpecIssue[] {
  if (!chosen) return [];
  const issues: SpecIssue[] = [];
  items.forEach((item, i) =>
    item.clusters.forEach((cluster, k) => {
      if (!chosen.includes(cluster)) {
        issues.push({
          path: ['differential', i, 'clusters', k],
          message: `cluster "${cluster}" is not among the clusters ${describe} (${
            [...chosen].sort().join(', ') || 'none'
          })`,
        });
      }
    }),
  );
  return issues;
}
