import { z } from 'zod';
import { compareQuantities, isValidQuantity } from '../../quantity';
import { labelKeyError } from '../../selectors';
import { quantitySchema } from './valueSchemas';

// Container resources. Kubernetes rejects a pod whose request exceeds its
// limit, and does not overcommit extended resources (GPUs and the like) or
// hugepages: those need a limit, and a request equal to it.

const STANDARD_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);

/**
 * Whether Kubernetes forbids overcommitting a resource (extended resources
 * such as `nvidia.com/gpu`, and hugepages).
 *
 * @public
 */
export function isNonOvercommittable(name: string): boolean {
  if (name.startsWith('hugepages-')) return true;
  return (
    name.includes('/') &&
    !name.startsWith('kubernetes.io/') &&
    !name.includes('.kubernetes.io/')
  );
}

/**
 * Why a resource name is not one a container may request, or undefined.
 *
 * @public
 */
export function resourceNameError(name: string): string | undefined {
  if (STANDARD_RESOURCES.has(name) || /^hugepages-[0-9]+[A-Za-z]*$/.test(name))
    return undefined;
  if (!name.includes('/')) {
    return `"${name}" is not a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>); extended resources need a domain, e.g. nvidia.com/gpu`;
  }
  const keyError = labelKeyError(name);
  return keyError ? `"${name}": ${keyError}` : undefined;
}

const resourceListSchema = z
  .record(z.string(), quantitySchema)
  .superRefine((list, ctx) => {
    for (const name of Object.keys(list)) {
      const reason = resourceNameError(name);
      if (reason)
        ctx.addIssue({ code: 'custom', path: [name], message: reason });
    }
  });

/**
 * A resource list: resource name → quantity.
 *
 * @public
 */
export type ResourceListSpec = z.infer<typeof resourceListSchema>;

/**
 * The issues of a requests/limits pair, each with its path below `resources`.
 * Used for the container and again for the effective per-cluster resources.
 *
 * @public
 */
export function resourcePairIssues(
  requests: ResourceListSpec | undefined,
  limits: ResourceListSpec | undefined,
): Array<{ path: Array<string>; message: string }> {
  const issues: Array<{ path: Array<string>; message: string }> = [];
  for (const [name, request] of Object.entries(requests ?? {})) {
    const limit = limits?.[name];
    // Bad quantities are reported on their own; comparing them says nothing.
    if (
      !isValidQuantity(request) ||
      (limit !== undefined && !isValidQuantity(limit))
    )
      continue;
    if (isNonOvercommittable(name)) {
      if (limit === undefined) {
        issues.push({
          path: ['limits', name],
          message: `"${name}" is not overcommittable: give a limit (the request then defaults to it)`,
        });
      } else if (compareQuantities(request, limit) !== 0) {
        issues.push({
          path: ['requests', name],
          message: `"${name}" is not overcommittable: the request ${request} must equal the limit ${limit}`,
        });
      }
    } else if (limit !== undefined && compareQuantities(request, limit) > 0) {
      issues.push({
        path: ['requests', name],
        message: `${name} request ${request} is above its limit ${limit}`,
      });
    }
  }
  return issues;
}

/**
 * Requests and limits of one container.
 *
 * @public
 */
export const resourcesSchema = z
  .strictObject({
    requests: resourceListSchema.optional(),
    limits: resourceListSchema.optional(),
  })
  .superRefine((r, ctx) => {
    for (const issue of resourcePairIssues(r.requests, r.limits)) {
      ctx.addIssue({ code: 'custom', ...issue });
    }
  });

/**
 * Requests and limits as the spec holds them.
 *
 * @public
 */
export type ResourcesSpec = z.infer<typeof resourcesSchema>;
