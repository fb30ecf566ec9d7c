// Reads one Cluster (Karmada wire format, possibly untrusted) into the facts
// the filters and the estimator need, checking the types of what it reads.
import type { Cluster, Taint } from '../types';
import {
  child,
  fail,
  isObject,
  optionalArray,
  optionalObject,
  optionalString,
  optionalStringArray,
  optionalStringMap,
  Path,
} from './wire';
import { PreparedResources, prepareResources } from './prepareResources';
import { readResourceModels } from './prepareModels';

/**
 * Whether a cluster serves the workload's API (`Cluster.APIEnablement`).
 *
 * @public
 */
export type APIEnablementStatus = 'APIEnabled' | 'APIDisabled' | 'APIUnknown';

/**
 * A taint the TaintToleration filter considers (NoSchedule or NoExecute).
 *
 * @public
 */
export interface PreparedTaint {
  readonly key: string;
  readonly value: string;
  readonly effect: string;
  /** `Taint.ToString()`: `key=value:Effect`, or `key:Effect` without a value. */
  readonly text: string;
}

/**
 * A cluster of a fleet snapshot, parsed once.
 *
 * @public
 */
export interface PreparedCluster {
  readonly name: string;
  /** The Cluster object as given. */
  readonly cluster: Cluster;
  readonly labels: Readonly<Record<string, string>>;
  /** `spec.provider`, '' when unset. */
  readonly provider: string;
  /** `spec.region`, '' when unset. */
  readonly region: string;
  /** `spec.zones` (the deprecated `spec.zone` is never read). */
  readonly zones: readonly string[];
  /** `metadata.deletionTimestamp` is set. */
  readonly deleting: boolean;
  /** API enablement of `apps/v1` `Deployment`. */
  readonly deploymentApi: APIEnablementStatus;
  /** NoSchedule and NoExecute taints, in list order. */
  readonly taints: readonly PreparedTaint[];
  /** The parsed resource summary; undefined when the cluster reports none. */
  readonly resources: PreparedResources | undefined;
}

const WORKLOAD_GROUP_VERSION = 'apps/v1';
const WORKLOAD_KIND = 'Deployment';

function taintText(key: string, value: string, effect: string): string {
  return value ? `${key}=${value}:${effect}` : `${key}:${effect}`;
}

function readTaints(value: unknown, path: Path): PreparedTaint[] {
  const out: PreparedTaint[] = [];
  for (const [i, raw] of (optionalArray(value, path) ?? []).entries()) {
    const p = child(path, i);
    if (!isObject(raw)) fail(p, 'must be an object');
    const taint = raw as Partial<Taint>;
    const key = optionalString(taint.key, child(p, 'key'));
    const effect = optionalString(taint.effect, child(p, 'effect'));
    const v = optionalString(taint.value, child(p, 'value')) ?? '';
    if (key === undefined) fail(child(p, 'key'), 'required value');
    if (effect === undefined) fail(child(p, 'effect'), 'required value');
    // Only these two effects keep the scheduler away (PreferNoSchedule is ignored).
    if (effect === 'NoSchedule' || effect === 'NoExecute') {
      out.push({ key, value: v, effect, text: taintText(key, v, effect) });
    }
  }
  return out;
}

function readApiEnablement(
  status: Record<string, unknown> | undefined,
  path: Path,
): APIEnablementStatus {
  const list =
    optionalArray(status?.apiEnablements, child(path, 'apiEnablements')) ?? [];
  for (const [i, raw] of list.entries()) {
    const p = child(child(path, 'apiEnablements'), i);
    const entry = optionalObject(raw, p) ?? {};
    const gv = optionalString(entry.groupVersion, child(p, 'groupVersion'));
    const resources =
      optionalArray(entry.resources, child(p, 'resources')) ?? [];
    const kinds = resources.map((r, j) => {
      const rp = child(child(p, 'resources'), j);
      return optionalString(optionalObject(r, rp)?.kind, child(rp, 'kind'));
    });
    // The group version is compared literally (apps/v1beta2 does not count).
    if (gv === WORKLOAD_GROUP_VERSION && kinds.includes(WORKLOAD_KIND))
      return 'APIEnabled';
  }
  const conditions =
    optionalArray(status?.conditions, child(path, 'conditions')) ?? [];
  const complete = conditions.some(
    c =>
      isObject(c) && c.type === 'CompleteAPIEnablements' && c.status === 'True',
  );
  return complete ? 'APIDisabled' : 'APIUnknown';
}

/**
 * Parses one Cluster. Throws a KarmadaInputError naming the field (below
 * `path`) when a field the scheduler reads has the wrong type or a quantity
 * is malformed.
 */
export function prepareCluster(raw: unknown, path: Path): PreparedCluster {
  if (!isObject(raw)) fail(path, 'must be an object');
  const metadata = optionalObject(raw.metadata, child(path, 'metadata')) ?? {};
  const name = optionalString(
    metadata.name,
    child(child(path, 'metadata'), 'name'),
  );
  if (!name) fail(child(child(path, 'metadata'), 'name'), 'required value');
  const labels =
    optionalStringMap(
      metadata.labels,
      child(child(path, 'metadata'), 'labels'),
    ) ?? {};
  const deletion = metadata.deletionTimestamp;
  const specPath = child(path, 'spec');
  const spec = optionalObject(raw.spec, specPath) ?? {};
  const statusPath = child(path, 'status');
  const status = optionalObject(raw.status, statusPath);
  const models = readResourceModels(
    spec.resourceModels,
    child(specPath, 'resourceModels'),
  );
  return {
    name,
    cluster: raw as unknown as Cluster,
    labels,
    provider: optionalString(spec.provider, child(specPath, 'provider')) ?? '',
    region: optionalString(spec.region, child(specPath, 'region')) ?? '',
    zones: optionalStringArray(spec.zones, child(specPath, 'zones')) ?? [],
    deleting: deletion !== undefined && deletion !== null && deletion !== '',
    deploymentApi: readApiEnablement(status, statusPath),
    taints: readTaints(spec.taints, child(specPath, 'taints')),
    resources: prepareResources(
      status?.resourceSummary,
      models,
      child(statusPath, 'resourceSummary'),
    ),
  };
}
