// Builders for the engine's tests: Clusters in wire format with only the
// facts a test cares about, and a one-call preview.
import type {
  AllocatableModeling,
  Cluster,
  ResourceList,
  ResourceModel,
  Taint,
} from '../../types';
import { createFleetSnapshot } from '../snapshot';
import { previewPlacement } from '../previewPlacement';
import { validateScheduleRequest } from '../validateScheduleRequest';
import type { PlacementPreview } from '../types';

/** What a test cluster has. */
export interface ClusterOptions {
  labels?: Record<string, string>;
  provider?: string;
  region?: string;
  zones?: string[];
  /** The deprecated singular field (Karmada never reads it). */
  zone?: string;
  taints?: Taint[];
  deleting?: boolean;
  /** apps/v1 Deployment served; `partial` lists no Deployment without the CompleteAPIEnablements condition; `none` has no status. */
  api?: 'enabled' | 'disabled' | 'partial' | 'none';
  /** Shorthand for allocatable pods (default 110); ignored with `summary`. */
  pods?: number | string;
  allocatable?: ResourceList;
  allocated?: ResourceList;
  allocating?: ResourceList;
  /** `false`: no resourceSummary at all. */
  summary?: false;
  models?: ResourceModel[];
  modelings?: AllocatableModeling[];
}

const DEPLOYMENTS = {
  groupVersion: 'apps/v1',
  resources: [{ name: 'deployments', kind: 'Deployment' }],
};
const CORE = { groupVersion: 'v1', resources: [{ name: 'pods', kind: 'Pod' }] };

/** A Cluster as Karmada's API server returns it. */
export function makeCluster(name: string, o: ClusterOptions = {}): Cluster {
  const api = o.api ?? 'enabled';
  const status: NonNullable<Cluster['status']> = {
    apiEnablements: api === 'enabled' ? [DEPLOYMENTS, CORE] : [CORE],
    conditions:
      api === 'partial'
        ? [{ type: 'Ready', status: 'True' }]
        : [
            { type: 'Ready', status: 'True' },
            { type: 'CompleteAPIEnablements', status: 'True' },
          ],
  };
  if (o.summary !== false) {
    status.resourceSummary = {
      allocatable: o.allocatable ?? { pods: o.pods ?? 110 },
      ...(o.allocated && { allocated: o.allocated }),
      ...(o.allocating && { allocating: o.allocating }),
      ...(o.modelings && { allocatableModelings: o.modelings }),
    };
  }
  return {
    apiVersion: 'cluster.karmada.io/v1alpha1',
    kind: 'Cluster',
    metadata: {
      name,
      ...(o.labels && { labels: o.labels }),
      ...(o.deleting && { deletionTimestamp: '2025-01-01T00:00:00Z' }),
    },
    spec: {
      ...(o.provider && { provider: o.provider }),
      ...(o.region && { region: o.region }),
      ...(o.zones && { zones: o.zones }),
      ...(o.zone && { zone: o.zone }),
      ...(o.taints && { taints: o.taints }),
      ...(o.models && { resourceModels: o.models }),
    },
    ...(api !== 'none' && { status }),
  };
}

/** Validates a request and previews it over the clusters, like the CLI does. */
export function preview(
  clusters: Cluster[],
  request: unknown,
): PlacementPreview {
  return previewPlacement(
    createFleetSnapshot(clusters),
    validateScheduleRequest(request),
  );
}

/** `{name: replicas}` of a successful preview (throws on failure, for terse expectations). */
export function assigned(result: PlacementPreview): Record<string, number> {
  if (!result.schedulable)
    throw new Error(`not schedulable: ${result.error.message}`);
  return Object.fromEntries(
    result.clusters.map(c => [c.name, c.replicas ?? 0]),
  );
}

/** Divided with dynamic weight. */
export const DYNAMIC = {
  replicaSchedulingType: 'Divided',
  replicaDivisionPreference: 'Weighted',
  weightPreference: { dynamicWeight: 'AvailableReplicas' },
};

/** Divided and Aggregated. */
export const AGGREGATED = {
  replicaSchedulingType: 'Divided',
  replicaDivisionPreference: 'Aggregated',
};
