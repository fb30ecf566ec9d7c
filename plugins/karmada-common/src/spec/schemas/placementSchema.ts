import { z } from 'zod';
import {
  checkClusterSelection,
  clusterSelectionShape,
  fallbackSchema,
} from './clusterSelectionSchema';
import { labelKeySchema, labelValueSchema } from './nameSchemas';
import { positiveIntSchema } from './valueSchemas';

// Step 1 of the create flow, "basic information and placement": which
// clusters may run the workload. The three modes mirror the form (Specify
// clusters / Designated area / Specify labels); `toKarmadaPlacement` turns
// them into Karmada's Placement.

/**
 * A toleration of member cluster taints.
 *
 * @public
 */
export const clusterTolerationSchema = z
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
      .enum(['NoSchedule', 'NoExecute'], {
        error: iss =>
          `unknown effect ${JSON.stringify(
            iss.input,
          )}: Karmada cluster taints are NoSchedule or NoExecute`,
      })
      .optional(),
  })
  .superRefine((t, ctx) => {
    if (t.operator === 'Exists' && t.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be empty when the operator is Exists',
      });
    }
    if (!t.key && t.operator !== 'Exists') {
      ctx.addIssue({
        code: 'custom',
        path: ['operator'],
        message: 'must be Exists when no key is given',
      });
    }
  });

const groupsShape = {
  minGroups: positiveIntSchema.default(1),
  maxGroups: positiveIntSchema,
};

function checkGroups(
  g: { minGroups: number; maxGroups: number },
  ctx: z.RefinementCtx,
) {
  if (g.maxGroups < g.minGroups) {
    ctx.addIssue({
      code: 'custom',
      path: ['maxGroups'],
      message: `must be at least minGroups (${g.minGroups})`,
    });
  }
}

/**
 * Where the workload may run: the primary selection, its fallbacks and the advanced options.
 *
 * @public
 */
export const placementSpecSchema = z
  .strictObject({
    ...clusterSelectionShape,
    tolerations: z.array(clusterTolerationSchema).optional(),
    spreadByRegion: z
      .strictObject(groupsShape)
      .superRefine(checkGroups)
      .optional(),
    spreadByCluster: z
      .strictObject(groupsShape)
      .superRefine(checkGroups)
      .optional(),
    fallbacks: z.array(fallbackSchema).optional(),
  })
  .superRefine((p, ctx) => {
    checkClusterSelection(p, ctx);
    (p.fallbacks ?? []).forEach((f, i) => {
      const earlier = (p.fallbacks ?? []).findIndex(o => o.name === f.name);
      if (f.name === 'primary' || earlier !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['fallbacks', i, 'name'],
          message: `"${f.name}" is already used (names must be unique; "primary" is the main selection)`,
        });
      }
    });
    if (
      p.spreadByRegion &&
      p.spreadByCluster &&
      p.spreadByCluster.maxGroups < p.spreadByRegion.minGroups
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['spreadByCluster', 'maxGroups'],
        message: `must be at least spreadByRegion.minGroups (${p.spreadByRegion.minGroups}): Karmada takes one cluster from every chosen region`,
      });
    }
  });
