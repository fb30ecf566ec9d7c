import {
  KubernetesObject,
  PropagationPolicy,
} from '@karmada-backstage/plugin-karmada-common';

const PP_NAME = 'propagationpolicy.karmada.io/name';
const PP_NAMESPACE = 'propagationpolicy.karmada.io/namespace';
const CPP_NAME = 'clusterpropagationpolicy.karmada.io/name';

/**
 * Which (Cluster)PropagationPolicy claimed a resource template. Karmada
 * records it in annotations (labels before v1.8); without a claim the
 * portal's convention (a PropagationPolicy named like the workload) is
 * assumed.
 *
 * @public
 */
export function governingPolicy(resource: KubernetesObject): {
  kind: 'PropagationPolicy' | 'ClusterPropagationPolicy';
  name: string;
  namespace?: string;
  claimed: boolean;
} {
  const meta = resource.metadata ?? {};
  const read = (key: string) => meta.annotations?.[key] ?? meta.labels?.[key];
  const cpp = read(CPP_NAME);
  if (cpp)
    return { kind: 'ClusterPropagationPolicy', name: cpp, claimed: true };
  const pp = read(PP_NAME);
  if (pp)
    return {
      kind: 'PropagationPolicy',
      name: pp,
      namespace: read(PP_NAMESPACE) ?? meta.namespace,
      claimed: true,
    };
  return {
    kind: 'PropagationPolicy',
    name: meta.name ?? '',
    namespace: meta.namespace,
    claimed: false,
  };
}

/**
 * Whether a PropagationPolicy suspends dispatching (staged apply).
 *
 * @public
 */
export function isSuspended(policy: PropagationPolicy | undefined): boolean {
  return policy?.spec?.suspension?.dispatching === true;
}
