import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ApiService } from './api/ApiService';
import { ResourceType, typeKey } from './api/ResourceType';
import { ControlLoop } from './controllers/ControlLoop';
import { EmulatorServer } from './http/EmulatorServer';
import { FaultInjector, FaultSettings } from './http/FaultInjector';
import { RequestLog, RequestLogEntry } from './http/RequestLog';
import { DataFile } from './persistence/DataFile';
import { parseObjects } from './seed/readObjects';

/**
 * A kubeconfig for the emulator, in the shape `KubeConfig.loadFromOptions` takes.
 *
 * @public
 */
export interface EmulatorKubeConfig {
  clusters: Array<{ name: string; server: string; skipTLSVerify: boolean }>;
  users: Array<{ name: string }>;
  contexts: Array<{ name: string; cluster: string; user: string }>;
  currentContext: string;
}

/**
 * A running emulator, for tests and tools.
 *
 * @public
 */
export interface Emulator {
  /** `http://host:port`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The number of member clusters served. */
  readonly clusterCount: number;
  /** Stops serving, stops the controllers and writes the data file. */
  close(): Promise<void>;
  /** One stored object, or undefined. */
  get(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): KubernetesObject | undefined;
  /** Stored objects of a kind (in a namespace when given). */
  list(
    apiVersion: string,
    kind: string,
    namespace?: string,
  ): KubernetesObject[];
  /**
   * Server-side applies objects (or YAML with one or more documents) like a
   * client would, kinds clients may not write included (e.g. Clusters).
   */
  apply(
    objects: KubernetesObject | KubernetesObject[] | string,
    options?: { fieldManager?: string },
  ): KubernetesObject[];
  /** Deletes an object if it exists. */
  delete(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): void;
  /** Replaces a cluster's status (e.g. to take it out of Ready). */
  setClusterStatus(
    name: string,
    status: (current: Record<string, unknown>) => Record<string, unknown>,
  ): void;
  /** Resolves when the controllers have nothing left to do (replicas still becoming ready aside). */
  settled(): Promise<void>;
  /** Changes latency and faults at run time. */
  setFaults(settings: Partial<FaultSettings>): void;
  /** Current latency and fault settings. */
  readonly faults: FaultSettings;
  /** Requests received (faulted ones included). */
  readonly requestCount: number;
  /** The most recent requests. */
  readonly requestLog: RequestLogEntry[];
  /** Forgets counted requests. */
  resetRequestLog(): void;
  /** Changes how many events watches can resume from. */
  setHistorySize(size: number): void;
  /** A kubeconfig pointing at the emulator. */
  kubeconfig(): EmulatorKubeConfig;
}

/**
 * The parts a handle is made of.
 *
 * @public
 */
export interface EmulatorParts {
  api: ApiService;
  loop: ControlLoop;
  server: EmulatorServer;
  faults: FaultInjector;
  requestLog: RequestLog;
  dataFile?: DataFile;
  host: string;
  port: number;
  clusterCount: number;
}

/**
 * Wraps the running parts in the {@link Emulator} interface.
 *
 * @public
 */
export function createEmulatorHandle(parts: EmulatorParts): Emulator {
  const { api, loop } = parts;
  const typeOf = (
    apiVersion: string | undefined,
    kind: string | undefined,
  ): ResourceType => {
    const type = api.registry.byKind(apiVersion, kind);
    if (!type)
      throw new Error(`the emulator does not serve ${apiVersion} ${kind}`);
    return type;
  };
  // Quiet means a full round of waiting changed nothing (namespace deletions feed the loop and back).
  const settled = async () => {
    for (let round = 0; round < 100; round += 1) {
      const before = api.store.resourceVersion;
      await loop.idle();
      await api.namespaces.settled();
      await new Promise(resolve => setImmediate(resolve));
      await loop.idle();
      if (api.store.resourceVersion === before) return;
    }
  };
  return {
    url: `http://${parts.host}:${parts.port}`,
    host: parts.host,
    port: parts.port,
    clusterCount: parts.clusterCount,
    async close() {
      await parts.server.close();
      loop.stop();
      parts.dataFile?.close();
    },
    get(apiVersion, kind, name, namespace) {
      const type = typeOf(apiVersion, kind);
      return api.store.get(
        typeKey(type),
        type.namespaced ? namespace : undefined,
        name,
      );
    },
    list(apiVersion, kind, namespace) {
      return api.store.list(typeKey(typeOf(apiVersion, kind)), namespace);
    },
    apply(objects, options = {}) {
      let list: KubernetesObject[];
      if (typeof objects === 'string') list = parseObjects(objects, 'apply');
      else list = Array.isArray(objects) ? objects : [objects];
      // The controllers run after a debounce, so a batch is reconciled once, after its last object.
      return list.map(object => {
        const type = typeOf(object.apiVersion, object.kind);
        const namespace = type.namespaced
          ? object.metadata?.namespace || 'default'
          : undefined;
        const { object: stored } = api.patch(
          type,
          namespace,
          object.metadata?.name ?? '',
          'apply',
          JSON.stringify(object),
          {
            fieldManager: options.fieldManager ?? 'karmada-emulator-test',
            force: true,
            internal: !type.clientWritable,
          },
        );
        return structuredClone(stored); // Stored objects are frozen; callers get their own.
      });
    },
    delete(apiVersion, kind, name, namespace) {
      const type = typeOf(apiVersion, kind);
      if (
        api.store.peek(
          typeKey(type),
          type.namespaced ? namespace : undefined,
          name,
        )
      ) {
        api.delete(type, namespace, name, { internal: true });
      }
    },
    setClusterStatus(name, status) {
      const type = typeOf('cluster.karmada.io/v1alpha1', 'Cluster');
      const cluster = api.get(type, undefined, name);
      api.writeStatus(
        type,
        undefined,
        name,
        status(
          structuredClone(cluster.status ?? {}) as Record<string, unknown>,
        ),
      );
    },
    settled,
    setFaults: settings => parts.faults.update(settings),
    get faults() {
      return parts.faults.current;
    },
    get requestCount() {
      return parts.requestLog.count;
    },
    get requestLog() {
      return parts.requestLog.list;
    },
    resetRequestLog: () => parts.requestLog.reset(),
    setHistorySize: size => api.store.history.setCapacity(size),
    kubeconfig: () => ({
      clusters: [
        {
          name: 'karmada-emulator',
          server: `http://${parts.host}:${parts.port}`,
          skipTLSVerify: true,
        },
      ],
      users: [{ name: 'karmada-emulator' }],
      contexts: [
        {
          name: 'karmada-emulator',
          cluster: 'karmada-emulator',
          user: 'karmada-emulator',
        },
      ],
      currentContext: 'karmada-emulator',
    }),
  };
}
