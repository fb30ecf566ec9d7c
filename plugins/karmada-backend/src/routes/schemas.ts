import { z } from 'zod';

// Only the envelope is checked here; the engines validate what they consume
// (placement, workload spec) and name the exact field themselves.

const instance = z.string().min(1).max(63).optional();
const object = z.record(z.string(), z.unknown());
const quantity = z
  .string()
  .regex(
    /^[+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+|[numkMGTPE]i?|Ki)?$/,
    { error: 'must be a Kubernetes quantity such as 500m or 1Gi' },
  );

/** Query of `/clusters`, `/namespaces`, `/facets`. */
export const instanceQuerySchema = z.object({ instance });

/** Query of `/clusters`. */
export const clustersQuerySchema = z.object({
  instance,
  cpu: quantity.optional(),
  memory: quantity.optional(),
});

/** Body of `POST /preview`. */
export const previewBodySchema = z
  .strictObject({
    instance,
    placement: object.optional(),
    replicas: z.number().int().min(0).max(2147483647).optional(),
    replicaRequirements: object.optional(),
    spec: object.optional(),
  })
  .refine(b => b.placement !== undefined || b.spec !== undefined, {
    error: 'give either placement or spec',
  })
  .refine(b => !(b.placement !== undefined && b.spec !== undefined), {
    error: 'give placement or spec, not both',
  });

/** Body of `POST /render`. */
export const renderBodySchema = z.strictObject({
  instance,
  spec: object,
  template: z.string().optional(),
});

/** Body of `POST /apply`. */
export const applyBodySchema = z.strictObject({
  instance,
  spec: object,
  dryRun: z.boolean().optional(),
  force: z.boolean().optional(),
  staged: z.boolean().optional(),
  template: z.string().optional(),
});

const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a DNS label' })
  .max(63);

/** Body of `POST /workloads/resume` and `/workloads/remove`. */
export const workloadActionBodySchema = z.strictObject({
  instance,
  namespace: dnsLabel,
  name: z.string().min(1).max(253),
  dryRun: z.boolean().optional(),
});

/** Params of `/workloads/:instance/:namespace/:name/placement`. */
export const workloadParamsSchema = z.object({
  instance: z.string().min(1),
  namespace: dnsLabel,
  name: z.string().min(1).max(253),
});

/** Query of `GET /workloads`. */
export const workloadsQuerySchema = z.object({
  entity: z.string().min(1).max(63).optional(),
  instance,
  namespace: dnsLabel.optional(),
  owner: z.string().min(1).optional(),
  health: z
    .enum([
      'Healthy',
      'Progressing',
      'Degraded',
      'Suspended',
      'Unscheduled',
      'Unknown',
    ])
    .optional(),
});
