import { KarmadaRegistry } from '../../karmada/createKarmadaRegistry';
import { ApiObject } from '../../karmada/types';

/**
 * Puts what the API server returned for our writes into the cache (and
 * forgets what we deleted), so reads right after a write (the placement
 * page after create, a re-apply) see it before the watch delivers it.
 *
 * @public
 */
export function writeThrough(
  instance: ReturnType<KarmadaRegistry['getReady']>,
  objects: Array<{
    kind: string;
    name: string;
    namespace?: string;
    action: string;
  }>,
  returned: ApiObject[],
) {
  for (const o of objects) {
    if (o.action === 'deleted' || o.action === 'absent')
      instance.cache.forget(o.kind, o.namespace, o.name);
  }
  for (const r of returned)
    instance.cache.observe(
      r.kind
        ? r
        : { ...r, kind: objects.find(o => o.name === r.metadata?.name)?.kind },
    );
}
