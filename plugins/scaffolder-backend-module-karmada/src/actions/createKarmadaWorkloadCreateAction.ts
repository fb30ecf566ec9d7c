import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  LABEL_KUBERNETES_ID,
  resourceBindingName,
  type AppliedObjectDto,
  type ApplyResponse,
} from '@karmada-backstage/plugin-karmada-common';
import type { KarmadaService } from '@karmada-backstage/plugin-karmada-node';
import { callKarmada, checkpointed } from '../lib/callKarmada';
import { logApplyResult, logStagedResult } from '../lib/logApplyResult';
import { logDependencies } from '../lib/logDependencies';
import { logPreview } from '../lib/logPreview';
import { parseWorkloadSpecInput } from '../lib/parseWorkloadSpecInput';
import { specHash } from '../lib/specHash';
import { summarizePreview } from '../lib/summarizePreview';
import { workloadLinks } from '../lib/workloadLinks';
import { examples } from './createKarmadaWorkloadCreateAction.examples';
import { SPEC_INPUT_DESCRIPTION } from './specInputDescription';

/**
 * What the Karmada actions need.
 *
 * @public
 */
export interface KarmadaWorkloadActionOptions {
  /** The Karmada service (`karmadaServiceRef` from the karmada-node package). */
  karmada: KarmadaService;
}

// The name of the object of a kind the apply wrote (or kept), if any: an
// OverridePolicy left over from an earlier spec is deleted, not written.
const nameOf = (objects: AppliedObjectDto[], kind: string) =>
  objects.find(
    o => o.kind === kind && o.action !== 'absent' && o.action !== 'deleted',
  )?.name;

/**
 * The `karmada:workload:create` action: validates a workload spec, logs
 * where Karmada will place every replica, applies the Deployment,
 * PropagationPolicy (propagateDeps) and, for differential configuration,
 * OverridePolicy through the Karmada service with the initiator's
 * credentials, and outputs their names, the placement, the manifests and a
 * link to the entity's Multicloud tab. Supports dry run (server-side
 * `dryRun=All`); `staged` holds dispatching until Karmada's real scheduling
 * has been compared with the preview.
 *
 * @public
 */
export function createKarmadaWorkloadCreateAction(
  options: KarmadaWorkloadActionOptions,
) {
  const { karmada } = options;
  return createTemplateAction({
    id: 'karmada:workload:create',
    description:
      'Creates a Karmada multicloud workload: a Deployment, its PropagationPolicy (propagateDeps) and, for per-cluster differences, an OverridePolicy. Logs the placement preview and what was written.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        spec: z => z.object({}).passthrough().describe(SPEC_INPUT_DESCRIPTION),
        staged: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Apply with dispatching suspended, wait for Karmada to schedule, log where Karmada and the preview differ, then resume dispatching. Default false.',
            ),
        force: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Take ownership of fields another field manager owns (server-side apply force) instead of failing with a conflict. Default false.',
            ),
      },
      output: {
        instance: z => z.string().describe('The Karmada instance'),
        namespace: z => z.string().describe('The namespace of every object'),
        deploymentName: z => z.string().describe('The Deployment'),
        propagationPolicyName: z =>
          z.string().describe('The PropagationPolicy'),
        overridePolicyName: z =>
          z
            .string()
            .optional()
            .describe('The OverridePolicy, with differential configuration'),
        clusters: z =>
          z
            .array(
              z.object({ name: z.string(), replicas: z.number().optional() }),
            )
            .describe(
              "Clusters and replicas: Karmada's scheduling when staged, else the preview",
            ),
        resourceBinding: z =>
          z
            .object({
              name: z.string(),
              clusters: z
                .array(
                  z.object({
                    name: z.string(),
                    replicas: z.number().optional(),
                  }),
                )
                .optional(),
            })
            .describe(
              'The ResourceBinding Karmada creates, with its scheduled clusters when staged',
            ),
        manifests: z =>
          z.string().describe('The rendered objects as multi-document YAML'),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe("The workload's catalog entity, when the spec names one"),
        kubernetesId: z =>
          z
            .string()
            .describe(
              "The workload's backstage.io/kubernetes-id label: the entity's annotation when the spec names an entity, else the spec's kubernetesId or the workload's name",
            ),
        multicloudUrl: z =>
          z
            .string()
            .describe(
              "The entity's Multicloud tab, else the workloads page filtered to this workload",
            ),
      },
    },
    async handler(ctx) {
      const spec = parseWorkloadSpecInput(ctx.input.spec);
      const { instance, namespace, name } = spec;
      const where = `${namespace}/${name} on Karmada instance "${instance}"`;
      const dryRun = ctx.isDryRun === true;
      // A dry run writes nothing, so there is no dispatching to hold back.
      const staged = ctx.input.staged === true && !dryRun;
      const force = ctx.input.force === true;
      const template = ctx.templateInfo?.entityRef;
      const credentials = await ctx.getInitiatorCredentials();

      const rendered = await callKarmada(`Could not render ${where}`, () =>
        karmada.renderWorkload(
          { instance, spec: ctx.input.spec, template },
          { credentials },
        ),
      );
      // Render warnings (e.g. the entity lacks the kubernetes-id annotation)
      // come back from the apply as well; they are logged once, here.
      const renderWarnings = rendered.warnings ?? [];
      for (const w of renderWarnings) ctx.logger.warn(w);
      const preview = summarizePreview(rendered.preview);
      logPreview(ctx.logger, preview, rendered.instance);
      logDependencies(
        ctx.logger,
        rendered.dependencies,
        spec.propagateDependencies,
      );

      const request = { instance, spec: ctx.input.spec, template, force };
      const apply = () =>
        callKarmada(`Could not apply ${where}`, () =>
          karmada.applyWorkload(
            { ...request, dryRun, staged },
            { credentials },
          ),
        );
      // The spec's hash is in the key: a retried task skips the write it
      // already did, but never mistakes a different spec for it.
      const key = `${instance}.${namespace}.${name}.${specHash(spec)}`;
      let applied: ApplyResponse;
      if (dryRun) {
        if (ctx.input.staged) {
          ctx.logger.info('Dry run: staged is ignored, nothing is dispatched');
        }
        applied = await apply();
      } else {
        applied = await checkpointed(ctx, `karmada.apply.${key}`, apply);
      }
      logApplyResult(ctx.logger, {
        ...applied,
        warnings: applied.warnings?.filter(w => !renderWarnings.includes(w)),
      });

      if (staged) {
        if (applied.staged) logStagedResult(ctx.logger, applied.staged);
        const resumed = await checkpointed(ctx, `karmada.resume.${key}`, () =>
          callKarmada(`Could not resume dispatching of ${where}`, () =>
            karmada.resumeWorkload(
              { instance: applied.instance, namespace, name },
              { credentials },
            ),
          ),
        );
        for (const w of resumed.warnings ?? []) ctx.logger.warn(w);
        ctx.logger.info(
          'Staged: dispatching resumed, Karmada now propagates the workload to its clusters',
        );
      }

      const binding = applied.staged?.binding;
      const links = workloadLinks(spec);
      const overridePolicyName =
        nameOf(applied.objects, 'OverridePolicy') ??
        (spec.differential?.length ? name : undefined);
      ctx.output('instance', applied.instance);
      ctx.output('namespace', namespace);
      ctx.output(
        'deploymentName',
        nameOf(applied.objects, 'Deployment') ?? name,
      );
      ctx.output(
        'propagationPolicyName',
        nameOf(applied.objects, 'PropagationPolicy') ?? name,
      );
      if (overridePolicyName) {
        ctx.output('overridePolicyName', overridePolicyName);
      }
      ctx.output('clusters', binding?.clusters ?? preview.clusters);
      ctx.output('resourceBinding', {
        name: binding?.name ?? resourceBindingName(name, 'Deployment'),
        ...(binding ? { clusters: binding.clusters } : {}),
      });
      ctx.output('manifests', rendered.yaml);
      const deployment = rendered.objects.find(o => o.kind === 'Deployment');
      ctx.output(
        'kubernetesId',
        deployment?.metadata?.labels?.[LABEL_KUBERNETES_ID] ?? name,
      );
      if (links.entityRef) ctx.output('entityRef', links.entityRef);
      ctx.output('multicloudUrl', links.multicloudUrl);
    },
  });
}
