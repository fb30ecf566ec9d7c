import { z } from 'zod';
import {
  namedPortSchema,
  nonNegativeIntSchema,
  portNumberSchema,
  positiveIntSchema,
} from './valueSchemas';

// Health checks and lifecycle hooks. Kubernetes requires exactly one handler
// per probe or hook; the schema says so in the form's words instead of
// letting the API server reject the Deployment later.

const execSchema = z.strictObject({
  command: z.array(z.string()).min(1, { error: 'needs at least one item' }),
});

const httpGetSchema = z.strictObject({
  path: z
    .string()
    .startsWith('/', { error: 'must start with "/"' })
    .default('/'),
  port: namedPortSchema,
  host: z.string().optional(),
  scheme: z
    .enum(['HTTP', 'HTTPS'], { error: 'must be HTTP or HTTPS' })
    .optional(),
  httpHeaders: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[-A-Za-z0-9!#$%&'*+.^_`|~]+$/, {
          error: 'must be a valid HTTP header name',
        }),
        value: z.string(),
      }),
    )
    .optional(),
});

const tcpSocketSchema = z.strictObject({
  port: namedPortSchema,
  host: z.string().optional(),
});
const grpcSchema = z.strictObject({
  port: portNumberSchema,
  service: z.string().optional(),
});

function exactlyOne(handlers: string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const set = handlers.filter(h => value[h] !== undefined);
    if (set.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `needs a handler: one of ${handlers.join(', ')}`,
      });
    } else if (set.length > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `has ${set.length} handlers (${set.join(
          ', ',
        )}); give exactly one`,
      });
    }
  };
}

/**
 * The handlers a probe may use; exactly one is required.
 *
 * @public
 */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

/**
 * A liveness, readiness or startup probe.
 *
 * @public
 */
export const probeSchema = z
  .strictObject({
    exec: execSchema.optional(),
    httpGet: httpGetSchema.optional(),
    tcpSocket: tcpSocketSchema.optional(),
    grpc: grpcSchema.optional(),
    initialDelaySeconds: nonNegativeIntSchema.optional(),
    periodSeconds: positiveIntSchema.optional(),
    timeoutSeconds: positiveIntSchema.optional(),
    successThreshold: positiveIntSchema.optional(),
    failureThreshold: positiveIntSchema.optional(),
    terminationGracePeriodSeconds: positiveIntSchema.optional(),
  })
  .superRefine(exactlyOne([...PROBE_HANDLERS]));

/**
 * A probe that must succeed once to count (liveness and startup: Kubernetes
 * requires successThreshold 1).
 *
 * @public
 */
export const singleSuccessProbeSchema = probeSchema.superRefine((p, ctx) => {
  if (p.successThreshold !== undefined && p.successThreshold !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['successThreshold'],
      message: 'must be 1 for liveness and startup probes',
    });
  }
});

/**
 * A readiness probe: Kubernetes refuses a termination grace period on it,
 * since a failed readiness check never kills the container.
 *
 * @public
 */
export const readinessProbeSchema = probeSchema.superRefine((p, ctx) => {
  if (p.terminationGracePeriodSeconds !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['terminationGracePeriodSeconds'],
      message: 'must not be set for readiness probes',
    });
  }
});

/**
 * The handlers a lifecycle hook may use; exactly one is required.
 *
 * @public
 */
export const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'sleep'] as const;

/**
 * A postStart or preStop hook.
 *
 * @public
 */
export const lifecycleHandlerSchema = z
  .strictObject({
    exec: execSchema.optional(),
    httpGet: httpGetSchema.optional(),
    sleep: z.strictObject({ seconds: positiveIntSchema }).optional(),
  })
  .superRefine(exactlyOne([...LIFECYCLE_HANDLERS]));

/**
 * Container lifecycle hooks.
 *
 * @public
 */
export const lifecycleSchema = z.strictObject({
  postStart: lifecycleHandlerSchema.optional(),
  preStop: lifecycleHandlerSchema.optional(),
});

/**
 * A probe as the spec holds it.
 *
 * @public
 */
export type ProbeSpec = z.infer<typeof probeSchema>;

/**
 * A lifecycle hook as the spec holds it.
 *
 * @public
 */
export type LifecycleHandlerSpec = z.infer<typeof lifecycleHandlerSchema>;
