import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type {
  Placement,
  PreviewRequest,
  ReplicaRequirements,
} from '@karmada-backstage/plugin-karmada-common';
import { callKarmada } from '../lib/callKarmada';
import { logPreview } from '../lib/logPreview';
import { parseWorkloadSpecInput } from '../lib/parseWorkloadSpecInput';
import { summarizePreview } from '../lib/summarizePreview';
import type { KarmadaWorkloadActionOptions } from './createKarmadaWorkloadCreateAction';
import { examples } from './createKarmadaWorkloadPreviewAction.examples';
import { SPEC_INPUT_DESCRIPTION } from './specInputDescription';

interface PreviewInput {
  spec?: Record<string, unknown>;
  instance?: string;
  placement?: Record<string, unknown>;
  replicas?: number;
  replicaRequirements?: Record<string, unknown>;
}

/**
 * The preview request an input asks for: a workload spec (validated here,
 * so a bad field fails the step naming it) or a raw Karmada placement with
 * replicas (the engine validates that and names the field).
 */
function toPreviewRequest(input: PreviewInput): PreviewRequest {
  const { spec, placement, instance } = input;
  if (spec && placement) {
    throw new InputError('give either spec or placement, not both');
  }
  if (spec) {
    const parsed = parseWorkloadSpecInput(spec);
    if (instance && instance !== parsed.instance) {
      throw new InputError(
        `instance: "${instance}" differs from spec.instance "${parsed.instance}"; leave instance out when giving a spec`,
      );
    }
    return { instance: parsed.instance, spec };
  }
  if (!placement) {
    throw new InputError(
      'give either spec (a workload spec) or placement (a Karmada placement) with replicas',
    );
  }
  if (input.replicas === undefined) {
    throw new InputError('replicas: is required with placement');
  }
  return {
    ...(instance ? { instance } : {}),
    placement: placement as Placement,
    replicas: input.replicas,
    ...(input.replicaRequirements
      ? {
          replicaRequirements: input.replicaRequirements as ReplicaRequirements,
        }
      : {}),
  };
}

/**
 * The `karmada:workload:preview` action: where Karmada's scheduler would
 * put every replica of a workload spec (or of a raw Karmada placement),
 * computed by the Karmada backend over its fleet snapshot. Read-only; it
 * runs in dry runs too. Outputs the clusters with their replicas, ties,
 * the clusters left out and why, and warnings; an unschedulable placement
 * is an output (`schedulable: false`), not a failure.
 *
 * @public
 */
export function createKarmadaWorkloadPreviewAction(
  options: KarmadaWorkloadActionOptions,
) {
  const { karmada } = options;
  return createTemplateAction({
    id: 'karmada:workload:preview',
    description:
      "Previews where Karmada's scheduler places every replica of a workload spec (or of a Karmada placement) without writing anything.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        spec: z =>
          z
            .object({})
            .passthrough()
            .optional()
            .describe(SPEC_INPUT_DESCRIPTION),
        instance: z =>
          z
            .string()
            .optional()
            .describe(
              'The Karmada instance, with placement (default: the first configured); with spec, spec.instance is used',
            ),
        placement: z =>
          z
            .object({})
            .passthrough()
            .optional()
            .describe(
              "A Karmada placement as in a PropagationPolicy's spec.placement (instead of spec)",
            ),
        replicas: z =>
          z
            .number()
            .int()
            .min(0)
            .optional()
            .describe('The Deployment replicas (required with placement)'),
        replicaRequirements: z =>
          z
            .object({})
            .passthrough()
            .optional()
            .describe(
              'What one replica needs, e.g. { resourceRequest: { cpu: 250m, memory: 256Mi } } (with placement)',
            ),
      },
      output: {
        instance: z => z.string().describe('The Karmada instance'),
        schedulable: z =>
          z.boolean().describe('Whether Karmada would schedule the workload'),
        clusters: z =>
          z
            .array(
              z.object({ name: z.string(), replicas: z.number().optional() }),
            )
            .describe('The chosen clusters and their replicas'),
        ties: z =>
          z
            .array(
              z.object({
                clusters: z.array(z.string()),
                outcomes: z.array(
                  z.array(
                    z.object({
                      name: z.string(),
                      replicas: z.number().optional(),
                    }),
                  ),
                ),
              }),
            )
            .describe(
              "Clusters whose counts depend on the binding's UID (Karmada's tie-break), with each possible outcome",
            ),
        excluded: z =>
          z
            .array(z.object({ name: z.string(), reasons: z.array(z.string()) }))
            .describe(
              'Clusters left out, one by one with the reasons (long on large fleets: prefer leftOut)',
            ),
        leftOut: z =>
          z
            .array(
              z.object({
                reasons: z.array(z.string()),
                count: z.number(),
                clusters: z.array(z.string()),
              }),
            )
            .describe(
              'Clusters left out, grouped by the same reasons, largest group first',
            ),
        warnings: z =>
          z.array(z.string()).describe('Things probably not meant'),
        error: z =>
          z
            .object({ reason: z.string(), message: z.string() })
            .optional()
            .describe("Why Karmada would not schedule it (Karmada's words)"),
      },
    },
    async handler(ctx) {
      const request = toPreviewRequest(ctx.input);
      const credentials = await ctx.getInitiatorCredentials();
      const on = request.instance
        ? `Karmada instance "${request.instance}"`
        : 'the default Karmada instance';
      const response = await callKarmada(
        `Could not preview the placement on ${on}`,
        () => karmada.previewPlacement(request, { credentials }),
      );
      if (!response.fleet.ready) {
        ctx.logger.warn(
          `The fleet of Karmada instance "${response.instance}" is still loading; the preview may be incomplete`,
        );
      }
      const summary = summarizePreview(response.preview);
      logPreview(ctx.logger, summary, response.instance);
      ctx.output('instance', response.instance);
      ctx.output('schedulable', summary.schedulable);
      ctx.output('clusters', summary.clusters);
      ctx.output('ties', summary.ties);
      ctx.output('excluded', summary.excluded);
      ctx.output('leftOut', summary.leftOut);
      ctx.output('warnings', summary.warnings);
      if (summary.error) ctx.output('error', summary.error);
    },
  });
}
