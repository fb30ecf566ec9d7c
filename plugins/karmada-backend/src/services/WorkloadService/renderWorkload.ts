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
  const p = prepareWorkload(request.spec, ctx, {
    initiator: caller.initiator,
    template: request.template,
  });
  const { rendered, preview, instance } = p;
  const dependencies = await checkDependencies(instance, rendered.dependencies);
  return {
    instance: instance.name,
    objects: renderedObjects(rendered),
    yaml: renderWorkloadYaml(rendered),
    dependencies,
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
