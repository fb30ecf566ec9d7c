import {
  ANNOTATION_CREATED_BY,
  ANNOTATION_DESCRIPTION,
  ANNOTATION_ENTITY_REF,
  ANNOTATION_OWNER,
  ANNOTATION_TEMPLATE,
  LABEL_APP,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
  MANAGED_BY_VALUE,
} from '../constants';
import type { WorkloadSpec } from '../spec';

// Metadata every rendered object shares. Key order is fixed (portal keys
// first, then the user's keys sorted) so the same spec always prints the
// same YAML, whatever order the user's maps came in.

/**
 * Who and what created the workload; recorded in annotations.
 *
 * @public
 */
export interface RenderOptions {
  /** The initiating user, an entity ref such as `user:default/jane`. */
  initiator?: string;
  /** The software template, an entity ref such as `template:default/karmada-workload`. */
  template?: string;
}

/**
 * A copy of an object without its undefined members, keys kept in order.
 *
 * @public
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}

/**
 * A map with its keys sorted (code-point order), or undefined when empty.
 *
 * @public
 */
export function sortedRecord<V>(
  map: Record<string, V> | undefined,
): Record<string, V> | undefined {
  if (!map) return undefined;
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return undefined;
  const out: Record<string, V> = {};
  for (const k of keys) out[k] = map[k];
  return out;
}

/**
 * The value of the `backstage.io/kubernetes-id` label: the spec's, else the workload name.
 *
 * @public
 */
export function kubernetesIdOf(
  spec: Pick<WorkloadSpec, 'name' | 'kubernetesId'>,
): string {
  return spec.kubernetesId ?? spec.name;
}

/**
 * Labels of the policies: the catalog link and the managed-by mark.
 *
 * @public
 */
export function policyLabels(spec: WorkloadSpec): Record<string, string> {
  return {
    [LABEL_KUBERNETES_ID]: kubernetesIdOf(spec),
    [LABEL_MANAGED_BY]: MANAGED_BY_VALUE,
  };
}

/**
 * Labels of the Deployment: selector label, catalog link, managed-by, then the user's.
 *
 * @public
 */
export function workloadLabels(spec: WorkloadSpec): Record<string, string> {
  return {
    [LABEL_APP]: spec.name,
    ...policyLabels(spec),
    ...sortedRecord(spec.advanced?.labels),
  };
}

/**
 * Labels of the pod template: the selector label and the catalog link (so
 * the Backstage Kubernetes plugin finds the pods), then the user's.
 *
 * @public
 */
export function podLabels(spec: WorkloadSpec): Record<string, string> {
  return {
    [LABEL_APP]: spec.name,
    [LABEL_KUBERNETES_ID]: kubernetesIdOf(spec),
    ...sortedRecord(spec.advanced?.podLabels),
  };
}

/**
 * Annotations recording who and what created an object.
 *
 * @public
 */
export function provenanceAnnotations(
  options: RenderOptions,
): Record<string, string> | undefined {
  const out = compact({
    [ANNOTATION_CREATED_BY]: options.initiator,
    [ANNOTATION_TEMPLATE]: options.template,
  });
  return Object.keys(out).length ? (out as Record<string, string>) : undefined;
}

/**
 * Annotations of the Deployment: description, ownership, provenance, then the user's.
 *
 * @public
 */
export function workloadAnnotations(
  spec: WorkloadSpec,
  options: RenderOptions,
): Record<string, string> | undefined {
  const out = compact({
    [ANNOTATION_DESCRIPTION]: spec.description,
    [ANNOTATION_OWNER]: spec.owner,
    [ANNOTATION_ENTITY_REF]: spec.entityRef,
    ...provenanceAnnotations(options),
    ...sortedRecord(spec.advanced?.annotations),
  }) as Record<string, string>;
  return Object.keys(out).length ? out : undefined;
}
