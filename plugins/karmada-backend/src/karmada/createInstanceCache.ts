import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Cluster,
  KubernetesObject,
  LABEL_KUBERNETES_ID,
  LABEL_MANAGED_BY,
  MANAGED_BY_VALUE,
  OverridePolicy,
  PropagationPolicy,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { createInformer, Informer, InformerStatus } from './createInformer';
import { createReachabilityLog } from './createReachabilityLog';
import { KINDS } from './resources';
import { ApiObject, KarmadaTransport } from './types';

/**
 * A Deployment as the cache holds it (wire form).
 *
 * @public
 */
export type DeploymentObject = KubernetesObject & {
  metadata: NonNullable<KubernetesObject['metadata']> & {
    name: string;
    namespace: string;
  };
  spec?: Record<string, any>;
  status?: Record<string, any>;
};

/**
 * The watch caches of one instance.
 *
 * @public
 */
export interface InstanceCache {
  clusters: Informer<Cluster>;
  bindings: Informer<ResourceBinding>;
  propagationPolicies: Informer<PropagationPolicy>;
  overridePolicies: Informer<OverridePolicy>;
  clusterOverridePolicies: Informer<OverridePolicy>;
  namespaces: Informer<KubernetesObject>;
  /** Deployments the plugin manages or that carry `backstage.io/kubernetes-id`. */
  deployments: {
    get(namespace: string, name: string): DeploymentObject | undefined;
    list(): DeploymentObject[];
  };
  all: Array<Informer<any>>;
  /** Write-through of an object the plugin wrote (see Informer.observe). */
  observe(object: ApiObject): void;
  /** Forgets an object the plugin deleted. */
  forget(kind: string, namespace: string | undefined, name: string): void;
  start(): void;
  stop(): void;
  /** Every informer's state; the instance is ready when all are synced and none failing. */
  status(): InformerStatus[];
  waitForSync(timeoutMs: number): Promise<boolean>;
}

/**
 * Creates (but does not start) the watch caches of one instance.
 *
 * @public
 */
export function createInstanceCache(options: {
  transport: KarmadaTransport;
  logger: LoggerService;
  backoff?: { initialMs: number; maxMs: number };
  /** The instance's name, for the log. */
  name?: string;
}): InstanceCache {
  const common = {
    transport: options.transport,
    logger: options.logger,
    backoff: options.backoff,
    // Eight informers fail together when the instance is down: one line.
    reachability: createReachabilityLog({
      logger: options.logger,
      subject: options.name ? `instance "${options.name}"` : 'instance',
      server: options.transport.server,
    }),
  };
  const clusters = createInformer<Cluster>({ ...common, kind: KINDS.Cluster });
  const bindings = createInformer<ResourceBinding>({
    ...common,
    kind: KINDS.ResourceBinding,
  });
  const propagationPolicies = createInformer<PropagationPolicy>({
    ...common,
    kind: KINDS.PropagationPolicy,
  });
  const overridePolicies = createInformer<OverridePolicy>({
    ...common,
    kind: KINDS.OverridePolicy,
  });
  const clusterOverridePolicies = createInformer<OverridePolicy>({
    ...common,
    kind: KINDS.ClusterOverridePolicy,
  });
  const namespaces = createInformer<KubernetesObject>({
    ...common,
    kind: KINDS.Namespace,
  });
  // Two selectors because label selectors cannot OR: ours, and anything an
  // entity links to (possibly created outside the portal).
  const managed = createInformer<DeploymentObject>({
    ...common,
    kind: KINDS.Deployment,
    labelSelector: `${LABEL_MANAGED_BY}=${MANAGED_BY_VALUE}`,
  });
  const linked = createInformer<DeploymentObject>({
    ...common,
    kind: KINDS.Deployment,
    labelSelector: LABEL_KUBERNETES_ID,
  });
  const all = [
    clusters,
    bindings,
    propagationPolicies,
    overridePolicies,
    clusterOverridePolicies,
    namespaces,
    managed,
    linked,
  ];

  return {
    clusters,
    bindings,
    propagationPolicies,
    overridePolicies,
    clusterOverridePolicies,
    namespaces,
    deployments: {
      get: (namespace, name) =>
        linked.get(namespace, name) ?? managed.get(namespace, name),
      list() {
        const out = new Map<string, DeploymentObject>();
        for (const d of managed.list())
          out.set(`${d.metadata.namespace}/${d.metadata.name}`, d);
        for (const d of linked.list())
          out.set(`${d.metadata.namespace}/${d.metadata.name}`, d);
        return [...out.values()];
      },
    },
    all,
    observe(object) {
      const labels = object.metadata?.labels ?? {};
      switch (object.kind) {
        case 'PropagationPolicy':
          propagationPolicies.observe(object as unknown as PropagationPolicy);
          break;
        case 'OverridePolicy':
          overridePolicies.observe(object as unknown as OverridePolicy);
          break;
        case 'Deployment':
          if (labels[LABEL_MANAGED_BY] === MANAGED_BY_VALUE)
            managed.observe(object as DeploymentObject);
          if (labels[LABEL_KUBERNETES_ID] !== undefined)
            linked.observe(object as DeploymentObject);
          break;
        default:
      }
    },
    forget(kind, namespace, name) {
      const targets: Record<string, Array<Informer<any>>> = {
        PropagationPolicy: [propagationPolicies],
        OverridePolicy: [overridePolicies],
        Deployment: [managed, linked],
      };
      (targets[kind] ?? []).forEach(i => i.forget(namespace, name));
    },
    start: () => all.forEach(i => i.start()),
    stop: () => all.forEach(i => i.stop()),
    status: () => all.map(i => i.status()),
    async waitForSync(timeoutMs) {
      const results = await Promise.all(all.map(i => i.waitForSync(timeoutMs)));
      return results.every(Boolean);
    },
  };
}
