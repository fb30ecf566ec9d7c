import {
  Cluster,
  ClusterDto,
  HealthResponse,
  InstanceDto,
} from '@karmada-backstage/plugin-karmada-common';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { FleetService } from './types';
import { fleetFacets } from './fleetFacets';
import { toClusterDto } from './toClusterDto';

/**
 * How many replicas of a request fit in each cluster (name → count; absent
 * when unknown). Supplied by the placement engine so the figure is the one
 * Karmada's general estimator computes.
 *
 * @public
 */
export type FitEstimator = (
  instance: string,
  request: Record<string, string>,
) => Map<string, number>;

const byName = (a: { name: string }, b: { name: string }) => {
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
};

/**
 * Creates the {@link FleetService} over the registry's watch caches.
 *
 * @public
 */
export function createFleetService(options: {
  registry: KarmadaRegistry;
  estimateFit?: FitEstimator;
}): FleetService {
  const { registry } = options;

  function instanceDto(name: string): InstanceDto {
    const i = registry.get(name);
    return {
      name: i.name,
      title: i.title,
      default: i.isDefault,
      status: i.status(),
      clusterCount: i.cache?.clusters.size() ?? 0,
      namespaces: {
        allow: i.guardrail.allow,
        deny: i.guardrail.deny,
        description: i.guardrail.description,
      },
    };
  }

  return {
    listInstances: () => ({
      items: registry.list().map(i => instanceDto(i.name)),
    }),

    health(): HealthResponse {
      // The route is unauthenticated: state only. The reason an instance is
      // down (addresses, file paths) is on /instances, behind a permission.
      const instances = registry.list().map(i => {
        const { state, ready, lastSyncTime } = i.status();
        return {
          name: i.name,
          state,
          ready,
          ...(lastSyncTime ? { lastSyncTime } : {}),
        };
      });
      return {
        status: instances.every(i => i.ready) ? 'ok' : 'degraded',
        instances,
      };
    },

    listClusters(query) {
      const instance = registry.getReady(query.instance, 'query.instance');
      const request: Record<string, string> = {};
      if (query.cpu) request.cpu = query.cpu;
      if (query.memory) request.memory = query.memory;
      const fit =
        Object.keys(request).length && options.estimateFit
          ? options.estimateFit(instance.name, request)
          : undefined;
      const items: ClusterDto[] = [...instance.cache.clusters.list()].map(
        (c: Cluster) => {
          const dto = toClusterDto(c);
          if (fit)
            dto.fit = {
              request: { cpu: query.cpu, memory: query.memory },
              replicas: fit.get(dto.name) ?? null,
            };
          return dto;
        },
      );
      return { instance: instance.name, items: items.sort(byName) };
    },

    getFacets(name) {
      const instance = registry.getReady(name, 'query.instance');
      return fleetFacets(instance.name, instance.cache.clusters.list());
    },

    listNamespaces(name) {
      const instance = registry.getReady(name, 'query.instance');
      const items = [...instance.cache.namespaces.list()]
        .map(n => ({
          name: n.metadata?.name ?? '',
          phase: (n as { status?: { phase?: string } }).status?.phase,
        }))
        .filter(n => n.name && !instance.guardrail.check(n.name))
        .sort(byName);
      const { allow, deny, description } = instance.guardrail;
      return {
        instance: instance.name,
        items,
        guardrail: { allow, deny, description },
      };
    },
  };
}
