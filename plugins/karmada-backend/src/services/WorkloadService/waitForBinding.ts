import { ResourceBinding } from '@karmada-backstage/plugin-karmada-common';
import { Informer } from '../../karmada/createInformer';

// Karmada keeps updating the template after our write (its labels), so the
// binding may reflect a later resourceVersion than the one we wrote.
function atLeast(
  seen: string | undefined,
  wanted: string | undefined,
): boolean {
  if (!wanted || !seen) return true;
  if (/^\d+$/.test(seen) && /^\d+$/.test(wanted))
    return BigInt(seen) >= BigInt(wanted);
  return seen === wanted;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map(
        k =>
          `${JSON.stringify(k)}:${canonical(
            (v as Record<string, unknown>)[k],
          )}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Whether the scheduler has decided on the binding's current generation.
 *
 * @public
 */
export function isScheduleDecided(b: ResourceBinding): boolean {
  const cond = b.status?.conditions?.find(c => c.type === 'Scheduled');
  if (!cond || (cond.status !== 'True' && cond.status !== 'False'))
    return false;
  const observed = b.status?.schedulerObservedGeneration;
  const generation = b.metadata.generation;
  return (
    observed === undefined || generation === undefined || observed >= generation
  );
}

/**
 * Waits (bounded) for Karmada's scheduler to decide on a binding, watching
 * the binding cache rather than polling the API server. Resolves the
 * binding once decided, or the last seen one (possibly undefined) at the deadline.
 *
 * @public
 */
export function waitForBinding(
  bindings: Informer<ResourceBinding>,
  namespace: string,
  name: string,
  options: {
    timeoutMs: number;
    /** The Deployment's resourceVersion the binding must reflect. */
    resourceVersion?: string;
    /** The (server-defaulted) placement the binding must carry. */
    placement?: unknown;
  },
): Promise<{ binding?: ResourceBinding; decided: boolean }> {
  const wanted =
    options.placement === undefined ? undefined : canonical(options.placement);
  // Right after an apply the binding may still describe the previous
  // template or placement, already decided: wait for the new one.
  const ready = (b: ResourceBinding | undefined) =>
    !!b &&
    isScheduleDecided(b) &&
    atLeast(b.spec.resource.resourceVersion, options.resourceVersion) &&
    (wanted === undefined ||
      b.spec.placement === undefined ||
      canonical(b.spec.placement) === wanted);
  const current = bindings.get(namespace, name);
  if (ready(current))
    return Promise.resolve({ binding: current, decided: true });
  return new Promise(resolve => {
    // Set once the request/subscription exists (its callback needs it).
    const timer: { id?: NodeJS.Timeout } = {};
    const unsubscribe = bindings.subscribe(() => {
      const b = bindings.get(namespace, name);
      if (ready(b)) {
        clearTimeout(timer.id);
        unsubscribe();
        resolve({ binding: b, decided: true });
      }
    });
    timer.id = setTimeout(() => {
      unsubscribe();
      resolve({ binding: bindings.get(namespace, name), decided: false });
    }, options.timeoutMs);
  });
}
