import { z } from 'zod';
import { advancedSpecSchema } from './schemas/advancedSchema';
import { containerSpecSchema } from './schemas/containerSchema';
import { differentialItemSchema } from './schemas/differentialSchema';
import { placementSpecSchema } from './schemas/placementSchema';
import {
  replicasSchema,
  schedulingSpecSchema,
} from './schemas/schedulingSchema';
import { imagePullSecretsSchema, volumeSpecSchema } from './schemas/podSchema';
import { dnsLabelSchema, labelValueSchema } from './schemas/nameSchemas';
import {
  differentialIssues,
  differentialTargetIssues,
} from './rules/differentialRules';
import { nameBasedClusters, placementIssues } from './rules/placementRules';
import { podIssues } from './rules/podRules';

// The one schema of a workload, in the order of the create flow:
// 1. basic information and placement, 2. container, 3. advanced,
// 4. differential configuration. Step 5 (create) renders it.

// Backstage entity references: [kind:][namespace/]name.
const ENTITY_REF =
  /^(?:[A-Za-z][A-Za-z0-9-]*:)?(?:[a-z0-9][-a-z0-9_.]*\/)?[A-Za-z0-9][-A-Za-z0-9_.]*$/;
const entityRefSchema = z.string().regex(ENTITY_REF, {
  error: iss =>
    `"${String(
      iss.input,
    )}" is not an entity reference such as component:default/web`,
});

/**
 * The workload spec: everything the create flow collects. Parse user input
 * with {@link validateWorkloadSpec} (or `workloadSpecSchema.safeParse`).
 *
 * @public
 */
export const workloadSpecSchema = z
  .strictObject({
    // 1. Basic information
    instance: z.string().regex(/^[A-Za-z0-9][-A-Za-z0-9_.]*$/, {
      error: iss =>
        `"${String(
          iss.input,
        )}" is not an instance id (letters, digits, '-', '_', '.')`,
    }),
    namespace: dnsLabelSchema(),
    // It also names the PropagationPolicy, the OverridePolicy and the `app` label, so a label it is.
    name: dnsLabelSchema(),
    description: z
      .string()
      .max(1024, { error: 'must be at most 1024 characters' })
      .optional(),
    owner: entityRefSchema.optional(),
    entityRef: entityRefSchema.optional(),
    kubernetesId: labelValueSchema
      .pipe(z.string().min(1, { error: 'must not be empty' }))
      .optional(),
    // 1. Placement and replica scheduling
    placement: placementSpecSchema,
    replicas: replicasSchema.default(1),
    scheduling: schedulingSpecSchema.default({ type: 'Duplicated' }),
    // 2. Container (and the pod-level parts containers refer to)
    containers: z
      .array(containerSpecSchema)
      .min(1, { error: 'add at least one container' }),
    imagePullSecrets: imagePullSecretsSchema.optional(),
    volumes: z.array(volumeSpecSchema).optional(),
    // 3. Advanced
    advanced: advancedSpecSchema.optional(),
    // 4. Differential configuration
    differential: z.array(differentialItemSchema).optional(),
    propagateDependencies: z.boolean().default(true),
  })
  .superRefine((spec, ctx) => {
    const chosen = nameBasedClusters(spec.placement);
    const issues = [
      ...placementIssues(spec),
      ...podIssues(spec),
      ...differentialIssues(spec),
      ...differentialTargetIssues(
        spec.differential ?? [],
        chosen,
        'the placement names',
      ),
    ];
    for (const issue of issues)
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: issue.message,
      });
  });

/**
 * A parsed, valid workload spec (defaults applied).
 *
 * @public
 */
export type WorkloadSpec = z.output<typeof workloadSpecSchema>;

/**
 * A workload spec as a user or a form writes it (defaults not yet applied).
 *
 * @public
 */
export type WorkloadSpecInput = z.input<typeof workloadSpecSchema>;

/**
 * The placement part of a workload spec.
 *
 * @public
 */
export type PlacementSpec = WorkloadSpec['placement'];

/**
 * The replica scheduling part of a workload spec.
 *
 * @public
 */
export type SchedulingSpec = WorkloadSpec['scheduling'];
