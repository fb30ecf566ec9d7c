// SEMANTICS §1: GenerateReplicaRequirements (pkg/util/helper/binding.go with
// util.Resource.AddPodTemplateRequest): what a ResourceBinding says one
// replica of a pod template needs.
import type { ReplicaRequirements } from '../types';
import type { Quantity } from '../quantity/Quantity';
import { quantityMilliValue, quantityValue } from '../quantity/quantityValue';
import { formatQuantity } from '../quantity/formatQuantity';
import { wrap64 } from '../quantity/int64';
import { isHugePageResourceName, isScalarResourceName } from './resourceNames';
import {
  child,
  optionalArray,
  optionalObject,
  Path,
  readQuantity,
} from './wire';

/**
 * The parts of a pod spec the replica requirements come from.
 *
 * @public
 */
export interface PodSpecLike {
  containers?: Array<{
    resources?: {
      requests?: Record<string, string | number>;
      limits?: Record<string, string | number>;
    };
  }>;
  initContainers?: Array<{
    resources?: {
      requests?: Record<string, string | number>;
      limits?: Record<string, string | number>;
    };
  }>;
  overhead?: Record<string, string | number>;
  nodeSelector?: Record<string, string>;
  tolerations?: unknown[];
  affinity?: {
    nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: unknown };
  };
}

// util.Resource: cpu in millicores, the rest in units; scalar names only.
type Amounts = Map<string, bigint>;

function unitsOf(name: string, q: Quantity): bigint | undefined {
  if (name === 'cpu') return quantityMilliValue(q);
  if (
    name === 'memory' ||
    name === 'pods' ||
    name === 'ephemeral-storage' ||
    isScalarResourceName(name)
  ) {
    return quantityValue(q);
  }
  return undefined;
}

function requestsOf(container: unknown, path: Path): Map<string, Quantity> {
  const resourcesPath = child(path, 'resources');
  const resources = optionalObject(
    optionalObject(container, path)?.resources,
    resourcesPath,
  );
  const out = new Map<string, Quantity>();
  const read = (field: 'requests' | 'limits') => {
    const list =
      optionalObject(resources?.[field], child(resourcesPath, field)) ?? {};
    return Object.entries(list).map(
      ([name, v]) =>
        [
          name,
          readQuantity(v, child(child(resourcesPath, field), name)),
        ] as const,
    );
  };
  for (const [name, q] of read('requests')) out.set(name, q);
  // A limit stands in for a missing request.
  for (const [name, q] of read('limits')) if (!out.has(name)) out.set(name, q);
  return out;
}

function add(into: Amounts, list: Iterable<readonly [string, Quantity]>): void {
  for (const [name, q] of list) {
    const units = unitsOf(name, q);
    if (units !== undefined)
      into.set(name, wrap64((into.get(name) ?? 0n) + units));
  }
}

function format(name: string, units: bigint): string {
  if (name === 'cpu')
    return formatQuantity({
      form: 'int64',
      unscaled: units,
      exponent: -3,
      format: 'DecimalSI',
    });
  const binary =
    name === 'memory' ||
    name === 'ephemeral-storage' ||
    isHugePageResourceName(name);
  return formatQuantity({
    form: 'int64',
    unscaled: units,
    exponent: 0,
    format: binary ? 'BinarySI' : 'DecimalSI',
  });
}

/**
 * Karmada's `GenerateReplicaRequirements` for a pod spec: the sum of the
 * containers' requests (a limit counts when its request is missing), raised
 * to each init container's, plus the pod overhead; and a node claim from the
 * nodeSelector, required node affinity and tolerations. Undefined when there
 * is neither. Quantities come out in Kubernetes' canonical form. Throws a
 * KarmadaInputError (below `path`) on a malformed quantity.
 *
 * @public
 */
export function replicaRequirementsFromPodTemplate(
  podSpec: PodSpecLike,
  path = 'spec.template.spec',
): ReplicaRequirements | undefined {
  const total: Amounts = new Map();
  (optionalArray(podSpec.containers, child(path, 'containers')) ?? []).forEach(
    (c, i) => add(total, requestsOf(c, child(child(path, 'containers'), i))),
  );
  (
    optionalArray(podSpec.initContainers, child(path, 'initContainers')) ?? []
  ).forEach((c, i) => {
    const init: Amounts = new Map();
    add(init, requestsOf(c, child(child(path, 'initContainers'), i)));
    for (const [name, units] of init)
      if (units > (total.get(name) ?? 0n)) total.set(name, units);
  });
  const overhead =
    optionalObject(podSpec.overhead, child(path, 'overhead')) ?? {};
  add(
    total,
    Object.entries(overhead).map(
      ([name, v]) =>
        [name, readQuantity(v, child(child(path, 'overhead'), name))] as const,
    ),
  );
  const resourceRequest: Record<string, string> = {};
  for (const [name, units] of total)
    if (units > 0n) resourceRequest[name] = format(name, units);

  const nodeSelector = podSpec.nodeSelector ?? undefined;
  const tolerations = podSpec.tolerations ?? [];
  const hardNodeAffinity =
    podSpec.affinity?.nodeAffinity
      ?.requiredDuringSchedulingIgnoredDuringExecution ?? undefined;
  // An empty nodeSelector object still counts (Go's map is non-nil).
  const hasClaim =
    nodeSelector !== undefined ||
    hardNodeAffinity !== undefined ||
    tolerations.length > 0;
  const hasRequest = Object.keys(resourceRequest).length > 0;
  if (!hasClaim && !hasRequest) return undefined;
  const out: ReplicaRequirements = {};
  if (hasClaim) {
    out.nodeClaim = {};
    if (nodeSelector !== undefined) out.nodeClaim.nodeSelector = nodeSelector;
    if (hardNodeAffinity !== undefined)
      out.nodeClaim.hardNodeAffinity = hardNodeAffinity;
    if (tolerations.length > 0) out.nodeClaim.tolerations = tolerations;
  }
  if (hasRequest) out.resourceRequest = resourceRequest;
  return out;
}
