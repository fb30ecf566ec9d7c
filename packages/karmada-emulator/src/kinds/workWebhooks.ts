import { randomUUID } from 'node:crypto';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

// Karmada's mutating webhooks for ResourceBindings and Works
// (pkg/webhook/resourcebinding, pkg/webhook/work): a permanent id that
// never changes, and for Works the bookkeeping on each manifest.

const RB_PERMANENT_ID = 'resourcebinding.karmada.io/permanent-id';
const WORK_PERMANENT_ID = 'work.karmada.io/permanent-id';
const MANAGED_ANNOTATIONS = 'resourcetemplate.karmada.io/managed-annotations';
const MANAGED_LABELS = 'resourcetemplate.karmada.io/managed-labels';

function keepPermanentId(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
  label: string,
): string {
  const id =
    object.metadata?.labels?.[label] ||
    old?.metadata?.labels?.[label] ||
    randomUUID();
  object.metadata = {
    ...object.metadata,
    labels: { ...object.metadata?.labels, [label]: id },
  };
  return id;
}

/** `RecordManagedAnnotations` then `RecordManagedLabels`, as `SetLabelsAndAnnotationsForWorkload` does. */
function recordManaged(manifest: KubernetesObject, workId: string): void {
  const labels = { ...manifest.metadata?.labels, [WORK_PERMANENT_ID]: workId };
  const annotations = { ...manifest.metadata?.annotations };
  const annotationKeys = new Set([
    MANAGED_ANNOTATIONS,
    MANAGED_LABELS,
    ...Object.keys(annotations),
  ]);
  annotations[MANAGED_ANNOTATIONS] = [...annotationKeys].sort().join(',');
  annotations[MANAGED_LABELS] = Object.keys(labels).sort().join(',');
  manifest.metadata = { ...manifest.metadata, labels, annotations };
}

/**
 * The ResourceBinding mutating webhook: the permanent-id label.
 *
 * @public
 */
export function mutateResourceBinding(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): void {
  keepPermanentId(object, old, RB_PERMANENT_ID);
}

/**
 * The Work mutating webhook: the permanent-id label, copied onto each
 * manifest with the managed label and annotation records.
 *
 * @public
 */
export function mutateWork(
  object: KubernetesObject,
  old: KubernetesObject | undefined,
): void {
  const id = keepPermanentId(object, old, WORK_PERMANENT_ID);
  const workload = (
    object.spec as { workload?: { manifests?: KubernetesObject[] } } | undefined
  )?.workload;
  for (const manifest of workload?.manifests ?? []) {
    if (manifest && typeof manifest === 'object') recordManaged(manifest, id);
  }
}
