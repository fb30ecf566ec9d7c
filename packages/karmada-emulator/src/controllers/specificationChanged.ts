import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { StoreEvent } from '../store/EventHistory';
import { jsonEqual } from '../ssa/schemaWalk';

/** What a specification change may not differ in: status and server bookkeeping. */
const IGNORED_METADATA = new Set(['managedFields', 'resourceVersion']);

// Several controllers ask about the same event; the answer is kept with it.
const answers = new WeakMap<StoreEvent, boolean>();

function sameExcept(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  ignored: (key: string) => boolean,
  nested: (key: string, x: unknown, y: unknown) => boolean,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (ignored(key) || a[key] === b[key]) continue;
    if (!nested(key, a[key], b[key])) return false;
  }
  return true;
}

/**
 * Whether two versions of an object differ in nothing but status,
 * managedFields and resourceVersion.
 *
 * @public
 */
export function sameSpecification(
  previous: KubernetesObject,
  object: KubernetesObject,
): boolean {
  // Stored objects are frozen and a write shares the parts it did not
  // touch, so most fields compare by identity before any deep comparison.
  return sameExcept(
    previous as Record<string, unknown>,
    object as Record<string, unknown>,
    key => key === 'status',
    (key, x, y) =>
      key === 'metadata'
        ? sameExcept(
            (x ?? {}) as Record<string, unknown>,
            (y ?? {}) as Record<string, unknown>,
            k => IGNORED_METADATA.has(k),
            (_k, p, q) => jsonEqual(p, q),
          )
        : jsonEqual(x, y),
  );
}

/**
 * `eventfilter.SpecificationChanged`: anything but status, managedFields
 * and resourceVersion changed (always true for additions and deletions).
 *
 * @public
 */
export function specificationChanged(event: StoreEvent): boolean {
  if (event.type !== 'MODIFIED' || !event.previous) return true;
  let answer = answers.get(event);
  if (answer === undefined) {
    answer = !sameSpecification(event.previous, event.object);
    answers.set(event, answer);
  }
  return answer;
}
