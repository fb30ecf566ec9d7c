import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  PreviewRequest,
  PreviewResponse,
  isRolloutYoung,
  previewPlacement,
  resourceBindingName,
  toPlacementPreviewDto,
  WorkloadPlacementResponse,
  WorkloadRef,
} from '@karmada-backstage/plugin-karmada-common';
import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { KarmadaInstance } from '../../karmada/createKarmadaInstance';
import { InstanceCache } from '../../karmada/createInstanceCache';
import { deploymentRollout } from '../shared/deploymentRollout';
import { computeWorkloadPlacement } from './computeWorkloadPlacement';
import { createFleetState, FleetState } from './createFleetState';
import { createLruCache } from './createLruCache';
import { createOverrideIndex, OverrideIndex } from './createOverrideIndex';
import { governingPolicy } from './governingPolicy';
import { resolvePreviewRequest } from './resolvePreviewRequest';
import { PlacementService } from './types';
import { CachedJson } from '../../routes/sendCachedJson';
import { toCachedJson } from './toCachedJson';

interface Derived {
  fleet: FleetState;
  overrides: OverrideIndex;
}

/**
 * The placement service, with its per-instance derived state (fleet
 * snapshot, override index) and memoized results.
 *
 * @public
 */
export interface PlacementServiceImpl extends PlacementService {
  /** The fleet snapshot state of an instance (shared with the workload service). */
  fleetOf(instance: KarmadaInstance & { cache: InstanceCache }): FleetState;
  overridesOf(
    instance: KarmadaInstance & { cache: InstanceCache },
  ): OverrideIndex;
  /** Replicas of a request that fit in each cluster (Karmada's general estimator). */
  estimateFit(
    instance: string,
    request: Record<string, string>,
  ): Map<string, number>;
}

/**
 * Creates the placement service over the registry's caches.
 *
 * @public
 */
export function createPlacementService(options: {
  registry: KarmadaRegistry;
  logger: LoggerService;
}): PlacementServiceImpl {
  const { registry, logger } = options;
  const derived = new Map<string, Derived>();
  // Keyed by fleet version and request text: a form sends the same
  // request many times while the user types elsewhere.
  const sizeOf = (c: CachedJson) => c.body.length + (c.gzip?.length ?? 0);
  const previews = createLruCache<CachedJson>({
    maxEntries: 1000,
    maxBytes: 64 * 2 ** 20,
    sizeOf,
  });
  const placements = createLruCache<CachedJson>({
    maxEntries: 10_000,
    maxBytes: 64 * 2 ** 20,
    sizeOf,
  });

  function derivedOf(
    instance: KarmadaInstance & { cache: InstanceCache },
  ): Derived {
    let d = derived.get(instance.name);
    if (!d) {
      d = {
        fleet: createFleetState(instance.cache.clusters, logger),
        overrides: createOverrideIndex(
          instance.cache.overridePolicies,
          instance.cache.clusterOverridePolicies,
        ),
      };
      derived.set(instance.name, d);
    }
    return d;
  }

  function preview(body: PreviewRequest): PreviewResponse {
    const { instance: name, request } = resolvePreviewRequest(body);
    const instance = registry.getReady(name, 'body.instance');
    const fleet = derivedOf(instance).fleet;
    const snapshot = fleet.snapshot();
    return {
      instance: instance.name,
      fleet: {
        clusters: snapshot.clusters.length,
        resourceVersion: instance.cache.clusters.status().resourceVersion,
        ready: true,
      },
      // The compact wire form: at a thousand clusters the per-cluster
      // explanations were most of the bytes and of the serialization time.
      preview: toPlacementPreviewDto(previewPlacement(snapshot, request)),
    };
  }

  function placementInputs(ref: WorkloadRef) {
    const instance = registry.getReady(ref.instance);
    const { cache } = instance;
    const deployment = cache.deployments.get(ref.namespace, ref.name);
    if (!deployment) {
      throw new NotFoundError(
        `no workload ${ref.namespace}/${ref.name} on Karmada instance "${instance.name}" (only Deployments labelled by the portal or with backstage.io/kubernetes-id are visible)`,
      );
    }
    const d = derivedOf(instance);
    const gov = governingPolicy(deployment);
    const pp =
      gov.kind === 'PropagationPolicy'
        ? cache.propagationPolicies.get(gov.namespace, gov.name)
        : undefined;
    const binding = cache.bindings.get(
      ref.namespace,
      resourceBindingName(ref.name, 'Deployment'),
    );
    const overridePolicies = d.overrides.candidates(ref.namespace, ref.name);
    return { instance, cache, deployment, pp, binding, overridePolicies, d };
  }

  return {
    fleetOf: i => derivedOf(i).fleet,
    overridesOf: i => derivedOf(i).overrides,
    preview,
    previewJson(body) {
      const { instance: name } = body.spec
        ? {
            instance:
              body.instance ?? (body.spec.instance as string | undefined),
          }
        : body;
      const instance = registry.getReady(name, 'body.instance');
      const key = `${instance.name}|${derivedOf(
        instance,
      ).fleet.version()}|${JSON.stringify(body)}`;
      let cached = previews.get(key);
      if (!cached) {
        cached = toCachedJson(preview(body));
        previews.set(key, cached);
      }
      return cached;
    },
    getWorkloadPlacement(ref): WorkloadPlacementResponse {
      const { instance, cache, deployment, pp, binding, overridePolicies, d } =
        placementInputs(ref);
      return computeWorkloadPlacement({
        instance: instance.name,
        deployment,
        binding,
        propagationPolicy: pp,
        overridePolicies,
        cluster: n => cache.clusters.get(undefined, n),
        snapshot: d.fleet.snapshot(),
        dependencyBound: (kind, n) =>
          !!cache.bindings.get(ref.namespace, resourceBindingName(n, kind)),
      });
    },
    getWorkloadPlacementJson(ref) {
      const { instance, deployment, pp, binding, overridePolicies, d } =
        placementInputs(ref);
      // Health reads Unhealthy as progress while the rollout is young: the
      // answer changes once its deadline passes, with no input changing.
      const young = isRolloutYoung(
        deploymentRollout(deployment, binding),
        Date.now(),
      );
      // Every input's resourceVersion: any change (or a new fleet) recomputes.
      const key = [
        young ? 'young' : 'settled',
        instance.name,
        ref.namespace,
        ref.name,
        deployment.metadata.resourceVersion,
        binding?.metadata.resourceVersion ?? '-',
        pp?.metadata.resourceVersion ?? '-',
        overridePolicies
          .map(
            p =>
              `${p.metadata.namespace ?? ''}/${p.metadata.name}@${
                p.metadata.resourceVersion
              }`,
          )
          .join(','),
        d.fleet.version(),
      ].join('|');
      let cached = placements.get(key);
      if (!cached) {
        cached = toCachedJson(this.getWorkloadPlacement(ref));
        placements.set(key, cached);
      }
      return cached;
    },
    estimateFit(name, request) {
      const instance = registry.getReady(name, 'query.instance');
      const snapshot = derivedOf(instance).fleet.snapshot();
      const result = previewPlacement(snapshot, {
        placement: {
          replicaScheduling: { replicaSchedulingType: 'Duplicated' },
        },
        replicas: 1,
        replicaRequirements: { resourceRequest: request },
      });
      return new Map(
        result.explanations.map(e => [e.name, e.availableReplicas]),
      );
    },
  };
}
