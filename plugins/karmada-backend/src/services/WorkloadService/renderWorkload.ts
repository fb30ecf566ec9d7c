import { InputError } from '@backstage/errors';
import {
  RenderRequest,
  RenderResponse,
  renderedObjects,
  renderWorkloadYaml,
  toPlacementPreviewDto,
} from '@karmada-backstage/plugin-karmada-common';
import { effectiveManifest } from '../PlacementService/effectiveManifest';
import { checkDependencies } from './checkDependencies';
import { prepareWorkload } from './prepareWorkload';
import { resolveCatalogIdentity } from './resolveCatalogIdentity';
import { WorkloadCaller } from './types';
import { WorkloadContext } from './WorkloadContext';

/**
 * Renders a workload spec: objects, YAML, dependencies (checked), the
 * preview and what each previewed cluster receives.
 *
 * @public
 */
export async function renderWorkload(
  ctx: WorkloadContext,
  request: RenderRequest,
  caller: WorkloadCaller,
): Promise<RenderResponse> {
  const identity = await resolveCatalogIdentity(
    request.spec,
    ctx.catalog,
    caller.credentials,
  );
  const p = prepareWorkload(identity.spec, ctx, {
    initiator: caller.initiator,
    template: request.template,
  });
  const { rendered, preview, instance } = p;
  // The review step would otherwise look up Secrets in a namespace the
  // portal may never write to; refuse as apply does.
  const refused = instance.guardrail.check(p.spec.namespace);
  if (refused) throw new InputError(`spec.namespace: ${refused}`);
  const dependencies = await checkDependencies(instance, rendered.dependencies);
  return {
    instance: instance.name,
    objects: renderedObjects(rendered),
    yaml: renderWorkloadYaml(rendered),
    dependencies,
    ...(identity.warnings.length ? { warnings: identity.warnings } : {}),
    preview: toPlacementPreviewDto(preview),
    clusters: preview.clusters.map(c => {
      const cluster = instance.cache.clusters.get(undefined, c.name);
      const manifest = cluster
        ? effectiveManifest(
            rendered.deployment,
            cluster,
            c.replicas,
            p.overridePolicies,
          )
        : {
            changes: [],
            appliedPolicies: [],
            error: {
              reason: 'ClusterNotFound',
              message: `cluster ${c.name} is not in the fleet`,
            },
          };
      return { cluster: c.name, replicas: c.replicas, ...manifest };
    }),
  };
}
