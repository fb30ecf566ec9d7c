import { z } from 'zod';
import {
  clusterNameSchema,
  labelKeySchema,
  labelValueSchema,
  uniqueList,
} from './nameSchemas';
import { nonNegativeIntSchema, positiveIntSchema } from './valueSchemas';

// Replica scheduling, the second half of step 1: how many replicas, and how
// Karmada spreads them over the chosen clusters.

/**
 * Replica scheduling types as the form names them.
 *
 * @public
 */
export const SCHEDULING_TYPES = [
  'Duplicated',
  'Aggregated',
  'DynamicWeight',
  'StaticWeight',
] as const;

const staticWeightSchema = z
  .strictObject({
    clusterNames: uniqueList(clusterNameSchema, 'cluster').optional(),
    labelSelector: z
      .strictObject({
        matchLabels: z.record(labelKeySchema, labelValueSchema).optional(),
        matchExpressions: z
          .array(
            z.strictObject({
              key: labelKeySchema,
              operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist'], {
                error: iss =>
                  `unknown operator ${JSON.stringify(
                    iss.input,
                  )}: use In, NotIn, Exists or DoesNotExist`,
              }),
              values: z.array(labelValueSchema).optional(),
            }),
          )
          .optional(),
      })
      .optional(),
    weight: positiveIntSchema,
  })
  .superRefine((w, ctx) => {
    if ((w.clusterNames === undefined) === (w.labelSelector === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give either clusterNames or labelSelector',
      });
    }
    if (w.clusterNames?.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['clusterNames'],
        message: 'choose at least one cluster',
      });
    (w.labelSelector?.matchExpressions ?? []).forEach((e, i) => {
      const needs = e.operator === 'In' || e.operator === 'NotIn';
      if (needs !== (e.values !== undefined && e.values.length > 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['labelSelector', 'matchExpressions', i, 'values'],
          message: needs
            ? `needs at least one value when the operator is ${e.operator}`
            : `must be empty when the operator is ${e.operator}`,
        });
      }
    });
  });

/**
 * Replica scheduling: how replicas are spread over the chosen clusters.
 *
 * @public
 */
export const schedulingSpecSchema = z
  .strictObject({
    type: z.enum(SCHEDULING_TYPES, {
      error: iss =>
        `unknown replica scheduling ${JSON.stringify(
          iss.input,
        )}: use ${SCHEDULING_TYPES.join(', ')}`,
    }),
    weights: z.array(staticWeightSchema).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'StaticWeight' && (s.weights ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: 'static weights need at least one weight',
      });
    }
    if (s.type !== 'StaticWeight' && s.weights !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `are only used with StaticWeight (scheduling is ${s.type})`,
      });
    }
  });

/**
 * The replica count: a whole number ≥ 0.
 *
 * @public
 */
export const replicasSchema = nonNegativeIntSchema;
