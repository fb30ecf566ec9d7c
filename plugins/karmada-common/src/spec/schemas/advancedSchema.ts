import { z } from 'zod';
import { isIPAddress } from '../ipAddress';
import {
  annotationMapSchema,
  dnsSubdomainSchema,
  labelMapSchema,
} from './nameSchemas';
import { nodeAffinitySchema, podTolerationSchema } from './podSchedulingSchema';
import { intOrPercentSchema, nonNegativeIntSchema } from './valueSchemas';

// Step 3 of the create flow, "advanced": rollout strategy, pod scheduling
// inside each member cluster, metadata, DNS and host aliases.

const strategySchema = z
  .strictObject({
    type: z.enum(['RollingUpdate', 'Recreate'], {
      error: iss =>
        `unknown strategy ${JSON.stringify(
          iss.input,
        )}: use RollingUpdate or Recreate`,
    }),
    maxSurge: intOrPercentSchema.optional(),
    maxUnavailable: intOrPercentSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'Recreate') {
      for (const f of ['maxSurge', 'maxUnavailable'] as const) {
        if (s[f] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [f],
            message: 'is only used with RollingUpdate',
          });
      }
      return;
    }
    const isZero = (v: number | string | undefined) => v === 0 || v === '0%';
    if (isZero(s.maxSurge) && isZero(s.maxUnavailable)) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxUnavailable'],
        message:
          'cannot be 0 when maxSurge is 0: the rollout could never progress',
      });
    }
    if (
      typeof s.maxUnavailable === 'string' &&
      parseInt(s.maxUnavailable, 10) > 100
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxUnavailable'],
        message: 'must not be above 100%',
      });
    }
  });

const dnsConfigSchema = z.strictObject({
  nameservers: z
    .array(
      z.string().refine(isIPAddress, {
        error: iss => `"${String(iss.input)}" is not an IP address`,
      }),
    )
    .max(3, { error: 'at most 3 nameservers' })
    .optional(),
  searches: z
    .array(dnsSubdomainSchema)
    .max(32, { error: 'at most 32 search domains' })
    .refine(list => list.join(' ').length <= 2048, {
      error: 'must be at most 2048 characters in total',
    })
    .optional(),
  options: z
    .array(
      z.strictObject({
        name: z.string().min(1, { error: 'must not be empty' }),
        value: z.string().optional(),
      }),
    )
    .optional(),
});

const hostAliasSchema = z.strictObject({
  ip: z.string().refine(isIPAddress, {
    error: iss => `"${String(iss.input)}" is not an IP address`,
  }),
  hostnames: z
    .array(dnsSubdomainSchema)
    .min(1, { error: 'needs at least one hostname' }),
});

/**
 * Advanced workload settings.
 *
 * @public
 */
export const advancedSpecSchema = z
  .strictObject({
    strategy: strategySchema.optional(),
    minReadySeconds: nonNegativeIntSchema.optional(),
    revisionHistoryLimit: nonNegativeIntSchema.optional(),
    progressDeadlineSeconds: nonNegativeIntSchema.optional(),
    nodeSelector: labelMapSchema.optional(),
    nodeAffinity: nodeAffinitySchema.optional(),
    tolerations: z.array(podTolerationSchema).optional(),
    labels: labelMapSchema.optional(),
    annotations: annotationMapSchema.optional(),
    podLabels: labelMapSchema.optional(),
    podAnnotations: annotationMapSchema.optional(),
    dnsPolicy: z
      .enum(['ClusterFirst', 'Default', 'None', 'ClusterFirstWithHostNet'], {
        error: iss =>
          `unknown DNS policy ${JSON.stringify(
            iss.input,
          )}: use ClusterFirst, Default, None or ClusterFirstWithHostNet`,
      })
      .optional(),
    dnsConfig: dnsConfigSchema.optional(),
    hostAliases: z.array(hostAliasSchema).optional(),
  })
  .superRefine((a, ctx) => {
    if (
      a.progressDeadlineSeconds !== undefined &&
      a.progressDeadlineSeconds <= (a.minReadySeconds ?? 0)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['progressDeadlineSeconds'],
        message: `must be greater than minReadySeconds (${
          a.minReadySeconds ?? 0
        })`,
      });
    }
    if (
      a.dnsPolicy === 'None' &&
      (a.dnsConfig?.nameservers ?? []).length === 0
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['dnsConfig', 'nameservers'],
        message: 'needs at least one nameserver when the DNS policy is None',
      });
    }
  });

/**
 * Advanced settings as the spec holds them.
 *
 * @public
 */
export type AdvancedSpec = z.infer<typeof advancedSpecSchema>;
