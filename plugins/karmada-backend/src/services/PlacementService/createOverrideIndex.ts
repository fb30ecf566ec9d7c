import { OverridePolicy } from '@karmada-backstage/plugin-karmada-common';
import { Informer } from '../../karmada/createInformer';

/**
 * Finds the OverridePolicies that may select a Deployment without scanning
 * every policy: policies are indexed by the names their selectors name
 * (`ns/name`), and the rest (label selectors, match-all) by namespace. The
 * override engine makes the exact decision on the candidates.
 *
 * @public
 */
export interface OverrideIndex {
  /** Candidate OverridePolicies for `namespace/name`, plus every ClusterOverridePolicy. */
  candidates(namespace: string, name: string): OverridePolicy[];
  /** Changes whenever any ClusterOverridePolicy changes (a cache key part). */
  clusterPoliciesVersion(): number;
  dispose(): void;
}

const DEPLOYMENT = (s: { apiVersion?: string; kind?: string }) =>
  s.apiVersion === 'apps/v1' && s.kind === 'Deployment';

/**
 * Creates the index over the OverridePolicy and ClusterOverridePolicy informers.
 *
 * @public
 */
export function createOverrideIndex(
  ops: Informer<OverridePolicy>,
  cops: Informer<OverridePolicy>,
): OverrideIndex {
  const byName = new Map<string, Map<string, OverridePolicy>>();
  const byNamespace = new Map<string, Map<string, OverridePolicy>>();
  const placed = new Map<string, string[]>();
  let copsVersion = 0;

  const keyOf = (p: OverridePolicy) =>
    `${p.metadata.namespace}/${p.metadata.name}`;
  const put = (
    m: Map<string, Map<string, OverridePolicy>>,
    k: string,
    p: OverridePolicy,
  ) => {
    const inner = m.get(k) ?? new Map();
    inner.set(keyOf(p), p);
    m.set(k, inner);
  };
  function remove(p: OverridePolicy) {
    const key = keyOf(p);
    for (const slot of placed.get(key) ?? []) {
      const [which, k] = [slot[0], slot.slice(2)];
      const m = which === 'n' ? byName : byNamespace;
      m.get(k)?.delete(key);
      if (m.get(k)?.size === 0) m.delete(k);
    }
    placed.delete(key);
  }
  function add(p: OverridePolicy) {
    remove(p);
    const ns = p.metadata.namespace ?? '';
    const selectors = p.spec?.resourceSelectors ?? [];
    const slots: string[] = [];
    // No selectors: matches everything in the namespace (Karmada's MatchAll).
    if (
      selectors.length === 0 ||
      selectors.some(s => DEPLOYMENT(s) && !s.name)
    ) {
      put(byNamespace, ns, p);
      slots.push(`s:${ns}`);
    }
    for (const s of selectors) {
      if (DEPLOYMENT(s) && s.name) {
        put(byName, `${ns}/${s.name}`, p);
        slots.push(`n:${ns}/${s.name}`);
      }
    }
    placed.set(keyOf(p), slots);
  }

  for (const p of ops.list()) add(p);
  const unsubOps = ops.subscribe(events =>
    events.forEach(e =>
      e.type === 'delete' ? remove(e.object) : add(e.object),
    ),
  );
  const unsubCops = cops.subscribe(() => void copsVersion++);

  return {
    candidates(namespace, name) {
      const out = new Map<string, OverridePolicy>();
      for (const [k, p] of byNamespace.get(namespace) ?? []) out.set(k, p);
      for (const [k, p] of byName.get(`${namespace}/${name}`) ?? [])
        out.set(k, p);
      return [...cops.list(), ...out.values()];
    },
    clusterPoliciesVersion: () => copsVersion,
    dispose() {
      unsubOps();
      unsubCops();
    },
  };
}
