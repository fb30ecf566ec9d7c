import { z } from 'zod';
import {
  imageRegistryError,
  imageRepositoryError,
  imageTagError,
} from '../imageReference';
import {
  annotationMapSchema,
  checkedString,
  clusterNameSchema,
  dnsLabelSchema,
  envVarNameSchema,
  labelMapSchema,
  uniqueList,
} from './nameSchemas';
import { resourcesSchema } from './resourcesSchema';

// Step 4 of the create flow, "differential configuration": what some member
// clusters get differently from the template. Rendered as one OverridePolicy.
// Which clusters may be targeted depends on the placement result, so that
// rule lives in validateWorkloadSpec, not here.

/**
 * A per-cluster image change: any of the three components Karmada's image
 * overrider can replace. An empty registry removes the registry host.
 *
 * @public
 */
export const imageOverrideSchema = z
  .strictObject({
    registry: checkedString(v =>
      v === '' ? undefined : imageRegistryError(v),
    ).optional(),
    repository: checkedString(imageRepositoryError).optional(),
    tag: checkedString(imageTagError).optional(),
  })
  .superRefine((i, ctx) => {
    if (
      i.registry === undefined &&
      i.repository === undefined &&
      i.tag === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'give a registry, a repository or a tag',
      });
    }
  });

/**
 * The fields of a differential item that change something (besides the
 * targeting fields `clusters` and `container`).
 *
 * @public
 */
export const DIFFERENTIAL_FIELDS = [
  'image',
  'command',
  'args',
  'env',
  'resources',
  'labels',
  'annotations',
] as const;

/**
 * One differential configuration item: which clusters, and what they get.
 *
 * @public
 */
export const differentialItemSchema = z
  .strictObject({
    clusters: uniqueList(clusterNameSchema, 'cluster').min(1, {
      error: 'choose at least one cluster',
    }),
    container: dnsLabelSchema().optional(),
    image: imageOverrideSchema.optional(),
    command: z
      .array(z.string())
      .min(1, { error: 'needs at least one item' })
      .optional(),
    args: z.array(z.string()).optional(),
    env: z
      .array(z.strictObject({ name: envVarNameSchema, value: z.string() }))
      .min(1, { error: 'needs at least one variable' })
      .superRefine((env, ctx) => {
        env.forEach((e, i) => {
          if (env.findIndex(o => o.name === e.name) !== i) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'name'],
              message: `"${e.name}" is set twice`,
            });
          }
        });
      })
      .optional(),
    resources: resourcesSchema.optional(),
    // The workload's own metadata (what Karmada's labels/annotations overriders change), not the pods'.
    labels: labelMapSchema.optional(),
    annotations: annotationMapSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (DIFFERENTIAL_FIELDS.every(f => item[f] === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: `changes nothing: set at least one of ${DIFFERENTIAL_FIELDS.join(
          ', ',
        )}`,
      });
    }
  });

/**
 * A differential configuration item as the spec holds it.
 *
 * @public
 */
export type DifferentialItem = z.infer<typeof differentialItemSchema>;
