// Where a template's output links point after the workload is created.
// The entity's Multicloud tab is mounted at `/multicloud` under the entity
// page; the workloads page at `/karmada` keeps its filters in the query
// (`instance`, `namespace`, `text`: the keys the page reads).

/** The catalog entity a workload belongs to, and where to look at it. */
export interface WorkloadLinks {
  /** The full entity ref (`component:default/web`), when the spec names one. */
  entityRef?: string;
  /** The entity's Multicloud tab, else the workloads page filtered to this workload. */
  multicloudUrl: string;
}

/**
 * Completes a short entity ref the way the catalog does: kind defaults to
 * `component`, namespace to `default`; kind and namespace lower-cased, as
 * the catalog's routes and refs write them.
 */
export function completeEntityRef(ref: string): {
  kind: string;
  namespace: string;
  name: string;
} {
  const colon = ref.indexOf(':');
  const kind = colon > 0 ? ref.slice(0, colon) : 'component';
  const rest = colon > 0 ? ref.slice(colon + 1) : ref;
  const slash = rest.indexOf('/');
  const namespace = slash > 0 ? rest.slice(0, slash) : 'default';
  const name = slash > 0 ? rest.slice(slash + 1) : rest;
  return {
    kind: kind.toLocaleLowerCase('en-US'),
    namespace: namespace.toLocaleLowerCase('en-US'),
    name,
  };
}

/**
 * The entity ref and Multicloud link of a workload: the entity's tab
 * (`/catalog/<namespace>/<kind>/<name>/multicloud`) when the spec names
 * its catalog entity, else the workloads page filtered to it.
 */
export function workloadLinks(spec: {
  instance: string;
  namespace: string;
  name: string;
  entityRef?: string;
}): WorkloadLinks {
  if (spec.entityRef) {
    const { kind, namespace, name } = completeEntityRef(spec.entityRef);
    const seg = encodeURIComponent;
    return {
      entityRef: `${kind}:${namespace}/${name}`,
      multicloudUrl: `/catalog/${seg(namespace)}/${seg(kind)}/${seg(
        name,
      )}/multicloud`,
    };
  }
  const query = new URLSearchParams({
    instance: spec.instance,
    namespace: spec.namespace,
    text: spec.name,
  });
  return { multicloudUrl: `/karmada?${query}` };
}
