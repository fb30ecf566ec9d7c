import { z } from 'zod';
import {
  clusterNameSchema,
  labelKeySchema,
  labelValueSchema,
  nonEmptyLabelValueSchema,
  uniqueList,
} from './nameSchemas';

// Which clusters a selection names, in the three ways the form offers
// (Specify clusters / Designated area / Specify labels). The primary
// placement and every fallback are selections.

/**
 * Operators of a cluster label condition, as the form offers them.
 *
 * @public
 */
export const CLUSTER_LABEL_OPERATORS = [
  'Exists',
  'Equal',
  'In',
  'NotIn',
  'DoesNotExist',
] as const;

/**
 * One "Specify labels" condition on member cluster labels.
 *
 * @public
 */
export const clusterLabelConditionSchema = z
  .strictObject({
    key: labelKeySchema,
    operator: z.enum(CLUSTER_LABEL_OPERATORS, {
      error: iss =>
        `unknown operator ${JSON.stringify(
          iss.input,
        )}: use one of ${CLUSTER_LABEL_OPERATORS.join(', ')}`,
    }),
    value: labelValueSchema.optional(),
    values: z.array(labelValueSchema).optional(),
  })
  .superRefine((c, ctx) => {
    const hasValue = c.value !== undefined;
    const hasValues = c.values !== undefined;
    if (c.operator === 'Equal') {
      if (!hasValue || c.value === '')
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'is required when the operator is Equal',
        });
      if (hasValues)
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: 'is not used with Equal (give one value)',
        });
    } else if (c.operator === 'In' || c.operator === 'NotIn') {
      if (!hasValues || c.values?.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: `needs at least one value when the operator is ${c.operator}`,
        });
      }
      if (hasValue)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `is not used with ${c.operator} (use values)`,
        });
    } else {
      if (hasValue)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `must be empty when the operator is ${c.operator}`,
        });
      if (hasValues)
        ctx.addIssue({
          code: 'custom',
          path: ['values'],
          message: `must be empty when the operator is ${c.operator}`,
        });
    }
  });

/**
 * The placement modes of the form: Specify clusters / Designated area / Specify labels.
 *
 * @public
 */
export const PLACEMENT_MODES = ['clusters', 'area', 'labels'] as const;

const areaSchema = z.strictObject({
  providers: uniqueList(nonEmptyLabelValueSchema, 'provider').default([]),
  regions: uniqueList(nonEmptyLabelValueSchema, 'region').default([]),
  zones: uniqueList(nonEmptyLabelValueSchema, 'zone').default([]),
});

/**
 * The fields every cluster selection has (primary and fallbacks).
 *
 * @public
 */
export const clusterSelectionShape = {
  mode: z.enum(PLACEMENT_MODES, {
    error: iss =>
      `unknown placement mode ${JSON.stringify(
        iss.input,
      )}: use clusters, area or labels`,
  }),
  clusterNames: uniqueList(clusterNameSchema, 'cluster').optional(),
  area: areaSchema.optional(),
  labels: z.array(clusterLabelConditionSchema).optional(),
  exclude: uniqueList(clusterNameSchema, 'cluster').optional(),
};

/**
 * A cluster selection, as the cross-field check sees it.
 *
 * @public
 */
export type ClusterSelection = {
  mode: (typeof PLACEMENT_MODES)[number];
  clusterNames?: string[];
  area?: unknown;
  labels?: unknown[];
};

/**
 * The rules of a selection: only its mode's field, and that field not empty.
 *
 * @public
 */
export function checkClusterSelection(
  s: ClusterSelection,
  ctx: z.RefinementCtx,
) {
  const fields = {
    clusters: 'clusterNames',
    area: 'area',
    labels: 'labels',
  } as const;
  for (const [mode, field] of Object.entries(fields)) {
    if (mode !== s.mode && s[field] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `is only used when the placement mode is ${mode} (mode is ${s.mode})`,
      });
    }
  }
  if (s.mode === 'clusters' && (s.clusterNames ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['clusterNames'],
      message: 'choose at least one cluster',
    });
  }
  if (s.mode === 'labels' && (s.labels ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['labels'],
      message: 'add at least one label condition',
    });
  }
}

/**
 * A fallback cluster selection (Karmada `clusterAffinities`), tried in order after the primary one.
 *
 * @public
 */
export const fallbackSchema = z
  .strictObject({
    name: z.string().min(1, { error: 'must not be empty' }).max(32, {
      error: 'must be at most 32 characters (Karmada affinityName)',
    }),
    ...clusterSelectionShape,
  })
  .superRefine(checkClusterSelection);
