import {
  formatImageReference,
  parseImageReference,
  WorkloadSpec,
} from '../../spec';
import type { Container, Deployment } from '../deploymentTypes';

// An independent model of what the spec asks each cluster to get: the
// template with every differential item that names the cluster applied, in
// item order, straight from the spec's meaning (not from the policy).

function changedImage(
  image: string,
  change: { registry?: string; repository?: string; tag?: string },
): string {
  const ref = parseImageReference(image);
  if ('error' in ref) throw new Error(ref.error);
  const next = { ...ref };
  if (change.registry !== undefined) next.registry = change.registry;
  if (change.repository !== undefined) next.repository = change.repository;
  // A new tag replaces a digest too (Karmada's SetTagOrDigest).
  if (change.tag !== undefined) {
    next.tag = change.tag;
    delete next.digest;
  }
  return formatImageReference(next);
}

/**
 * The Deployment `cluster` should receive according to the spec.
 */
export function expectedEffectiveDeployment(
  spec: WorkloadSpec,
  template: Deployment,
  cluster: string,
): Deployment {
  const out: Deployment = JSON.parse(JSON.stringify(template));
  for (const item of (spec.differential ?? []).filter(i =>
    i.clusters.includes(cluster),
  )) {
    const index = item.container
      ? spec.containers.findIndex(c => c.name === item.container)
      : 0;
    const c: Container = out.spec.template.spec.containers[index];
    if (item.image) c.image = changedImage(c.image ?? '', item.image);
    if (item.command) c.command = [...item.command];
    if (item.args) c.args = [...item.args];
    for (const e of item.env ?? []) {
      const env = c.env ?? [];
      const at = env.findIndex(x => x.name === e.name);
      if (at >= 0) env[at] = { name: e.name, value: e.value };
      else env.push({ name: e.name, value: e.value });
      c.env = env;
    }
    for (const kind of ['requests', 'limits'] as const) {
      const changes = item.resources?.[kind];
      if (!changes || Object.keys(changes).length === 0) continue;
      c.resources = {
        ...c.resources,
        [kind]: {
          ...c.resources?.[kind],
          ...Object.fromEntries(
            Object.entries(changes).map(([k, v]) => [k, String(v)]),
          ),
        },
      };
    }
    if (item.labels)
      out.metadata.labels = { ...out.metadata.labels, ...item.labels };
    if (item.annotations)
      out.metadata.annotations = {
        ...out.metadata.annotations,
        ...item.annotations,
      };
  }
  return out;
}

/**
 * A Deployment with empty command and args lists dropped: Kubernetes reads
 * `args: []` and no args the same, and the API server stores neither.
 */
export function withoutEmptyLists(deployment: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(deployment));
  for (const c of copy.spec?.template?.spec?.containers ?? []) {
    for (const field of ['command', 'args'])
      if (Array.isArray(c[field]) && c[field].length === 0) delete c[field];
  }
  return copy;
}
