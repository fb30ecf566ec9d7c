import { ConditionDto, ResourceFigures } from './common';
import type { Taint } from '../types';

/**
 * Capacity of a member cluster from its resource summary.
 * `available = allocatable - allocated - allocating` (floored at 0), the
 * figure Karmada's general estimator divides by.
 *
 * @public
 */
export interface ClusterCapacityDto {
  allocatable: ResourceFigures;
  allocated: ResourceFigures;
  allocating: ResourceFigures;
  available: ResourceFigures;
}

/**
 * How many replicas of the requested size fit in a cluster (`?cpu=&memory=`).
 *
 * @public
 */
export interface ClusterFitDto {
  /** The request the estimate is for, as given. */
  request: { cpu?: string; memory?: string };
  /** Replicas that fit; null when the cluster reports no resource summary. */
  replicas: number | null;
}

/**
 * Facts of one member cluster, as the pickers and the placement page show them.
 *
 * @public
 */
export interface ClusterDto {
  name: string;
  provider?: string;
  region?: string;
  zones: string[];
  labels: Record<string, string>;
  taints: Taint[];
  /** The `Ready` condition; status `Unknown` when the cluster reports none. */
  ready: ConditionDto;
  /** Whether the cluster serves `apps/v1` `Deployment` (API enablement). */
  deploymentsEnabled: boolean;
  kubernetesVersion?: string;
  syncMode?: string;
  nodes?: { total?: number; ready?: number };
  capacity: ClusterCapacityDto;
  fit?: ClusterFitDto;
}

/**
 * `GET /clusters?instance=&cpu=&memory=` response.
 *
 * @public
 */
export interface ListClustersResponse {
  instance: string;
  items: ClusterDto[];
}

/**
 * `GET /facets?instance=` response: distinct values across the fleet, for the form's pickers.
 *
 * @public
 */
export interface FleetFacetsResponse {
  instance: string;
  clusters: string[];
  providers: string[];
  regions: string[];
  zones: string[];
  /** Label key → distinct values, keys and values sorted. */
  labels: Record<string, string[]>;
  /** Distinct taints with how many clusters carry each. */
  taints: Array<{
    key: string;
    value?: string;
    effect: string;
    clusters: number;
  }>;
}

/**
 * `GET /clusters` query: with `cpu` and/or `memory` (quantities such as
 * `500m`, `1Gi`), each cluster carries `fit`.
 *
 * @public
 */
export interface ListClustersQuery {
  instance?: string;
  cpu?: string;
  memory?: string;
}
