import { z } from 'zod';
import { labelKeySchema, labelValueSchema } from './nameSchemas';

// Pod scheduling inside each member cluster (step 3, advanced): node
// affinity and tolerations of node taints. Not to be confused with the
// cluster placement of step 1.

/**
 * A node selector requirement (In, NotIn, Exists, DoesNotExist, Gt, Lt).
 *
 * @public
 */
export const nodeRequirementSchema = z
  .strictObject({
    key: labelKeySchema,
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'], {
      error: iss =>
        `unknown operator ${JSON.stringify(
          iss.input,
        )}: use In, NotIn, Exists, DoesNotExist, Gt or Lt`,
    }),
    values: z.array(z.string()).optional(),
  })
  .superRefine((r, ctx) => {
    const values = r.values ?? [];
    const fail = (message: string) =>
      ctx.addIssue({ code: 'custom', path: ['values'], message });
    if ((r.operator === 'In' || r.operator === 'NotIn') && values.length === 0)
      fail(`needs at least one value when the operator is ${r.operator}`);
    if (
      (r.operator === 'Exists' || r.operator === 'DoesNotExist') &&
      values.length > 0
    )
      fail(`must be empty when the operator is ${r.operator}`);
    if (
      (r.operator === 'Gt' || r.operator === 'Lt') &&
      (values.length !== 1 || !/^-?[0-9]+$/.test(values[0]))
    ) {
      fail(`needs exactly one integer when the operator is ${r.operator}`);
    }
  });

const nodeTermSchema = z.strictObject({
  matchExpressions: z
    .array(nodeRequirementSchema)
    .min(1, { error: 'needs at least one expression' }),
});

/**
 * A pod toleration of node taints inside the member clusters.
 *
 * @public
 */
export const podTolerationSchema = z
  .strictObject({
    key: labelKeySchema.optional(),
    operator: z
      .enum(['Exists', 'Equal'], {
        error: iss =>
          `unknown operator ${JSON.stringify(iss.input)}: use Exists or Equal`,
      })
      .default('Equal'),
    value: labelValueSchema.optional(),
    effect: z
      .enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'], {
        error: iss =>
          `unknown effect ${JSON.stringify(
            iss.input,
          )}: use NoSchedule, PreferNoSchedule or NoExecute`,
      })
      .optional(),
    tolerationSeconds: z
      .number()
      .int({ error: 'must be a whole number' })
      .optional(),
  })
  .superRefine((t, ctx) => {
    if (t.operator === 'Exists' && t.value)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be empty when the operator is Exists',
      });
    if (!t.key && t.operator !== 'Exists')
      ctx.addIssue({
        code: 'custom',
        path: ['operator'],
        message: 'must be Exists when no key is given',
      });
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      ctx.addIssue({
        code: 'custom',
        path: ['tolerationSeconds'],
        message: 'is only used with the NoExecute effect',
      });
    }
  });

/**
 * Required and preferred node affinity.
 *
 * @public
 */
export const nodeAffinitySchema = z.strictObject({
  required: z.array(nodeTermSchema).optional(),
  preferred: z
    .array(
      z.strictObject({
        weight: z
          .number()
          .int({ error: 'must be a whole number' })
          .min(1, { error: 'must be between 1 and 100' })
          .max(100, { error: 'must be between 1 and 100' }),
        matchExpressions: z
          .array(nodeRequirementSchema)
          .min(1, { error: 'needs at least one expression' }),
      }),
    )
    .optional(),
});
