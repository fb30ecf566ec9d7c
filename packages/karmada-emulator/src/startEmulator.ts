import path from 'node:path';
import fs from 'node:fs';
import {
  Cluster,
  KubernetesObject,
} from '@karmada-backstage/plugin-karmada-common';
import { ApiService } from './api/ApiService';
import { ResourceRegistry } from './api/resourceRegistry';
import { ControlLoop } from './controllers/ControlLoop';
import { ControllerContext } from './controllers/ControllerContext';
import { createControllers } from './controllers/createControllers';
import { EmulatorServer } from './http/EmulatorServer';
import { FaultInjector, FaultKind } from './http/FaultInjector';
import { RequestLog } from './http/RequestLog';
import { DataFile, readDataFile } from './persistence/DataFile';
import { applySeed } from './seed/applySeed';
import { installFleet } from './seed/installFleet';
import { findExamplesDir, readFleet, readObjects } from './seed/readObjects';
import { ObjectStore } from './store/ObjectStore';
import { createEmulatorHandle, Emulator } from './createEmulatorHandle';

/**
 * How to start an emulator. Everything is optional.
 *
 * @public
 */
export interface EmulatorOptions {
  /** Loopback by default. */
  host?: string;
  /** 7443 by default; 0 picks a free port. */
  port?: number;
  /** The member clusters: objects or a YAML file; the repository's `examples/fleets/default.yaml` by default. */
  fleet?: Cluster[] | string;
  /** Objects to apply at first start: objects, a YAML file, or false; `examples/emulator/seed.yaml` by default. */
  seed?: KubernetesObject[] | string | false;
  /** Persist state in this JSON file (loaded at start, written on change). */
  dataFile?: string;
  /** Latency added to every response. */
  latencyMs?: number;
  /** Fraction of non-watch requests that fail. */
  failRate?: number;
  /** How they fail (rotating): `500`, `reset`, `timeout`. */
  faultKinds?: FaultKind[];
  /** How long a `timeout` fault holds a request before dropping it (30 s). */
  faultTimeoutMs?: number;
  /** Events kept for watches to resume from (1000); older resourceVersions get 410 Gone. */
  historySize?: number;
  /** How long member clusters take to make all replicas ready (3000 ms; 0 = at once). */
  readyAfterMs?: number;
  /** Interval of BOOKMARK events on watches that allow them (60 s). */
  bookmarkIntervalMs?: number;
  /** Watch duration when the client sets no timeoutSeconds (1800 s). */
  watchTimeoutSeconds?: number;
  /** The time the emulator sees (tests move it to make replicas ready deterministically). */
  clock?: () => Date;
  /** Where the control loop reports failures (stderr by default). */
  log?: (message: string) => void;
}

function defaultFile(relative: string): string | undefined {
  const dir = findExamplesDir();
  const file = dir && path.join(dir, relative);
  return file && fs.existsSync(file) ? file : undefined;
}

function loadSeed(seed: EmulatorOptions['seed']): KubernetesObject[] {
  if (seed === false) return [];
  if (Array.isArray(seed)) return seed;
  const file = seed ?? defaultFile(path.join('emulator', 'seed.yaml'));
  return file ? readObjects(file) : [];
}

/**
 * Starts a Karmada control plane stand-in: a Kubernetes REST API over HTTP
 * on loopback serving the fleet's Clusters, namespaces, workloads and
 * Karmada's policies, bindings and works, with Karmada's controllers
 * running on the project's own scheduling and override engines. Resolves
 * once it listens and the seeded state has settled.
 *
 * @public
 */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const log =
    options.log ??
    ((message: string) =>
      process.stderr.write(`karmada-emulator: ${message}\n`));
  const registry = new ResourceRegistry();
  const store = new ObjectStore({ historySize: options.historySize ?? 1000 });
  const clock = options.clock ?? (() => new Date());
  const api = new ApiService(store, registry, clock);
  const persisted = options.dataFile
    ? readDataFile(options.dataFile)
    : undefined;
  if (persisted) store.load(persisted);

  const context = new ControllerContext(
    api,
    clock,
    options.readyAfterMs ?? 3000,
  );
  const loop = new ControlLoop(store, createControllers(context), {
    debounceMs: 5,
    log,
  });
  loop.start();
  const fleetSource =
    options.fleet ?? defaultFile(path.join('fleets', 'default.yaml'));
  const clusters = fleetSource ? readFleet(fleetSource) : [];
  installFleet(api, clusters);
  if (!persisted) applySeed(api, loadSeed(options.seed));
  const dataFile = options.dataFile
    ? new DataFile(options.dataFile, store)
    : undefined;
  dataFile?.flush();

  const faults = new FaultInjector({
    latencyMs: options.latencyMs ?? 0,
    failRate: options.failRate ?? 0,
    faultKinds: options.faultKinds ?? ['500'],
    timeoutMs: options.faultTimeoutMs ?? 30_000,
  });
  const requestLog = new RequestLog();
  const server = new EmulatorServer({
    api,
    faults,
    log: requestLog,
    watchTiming: {
      bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
      defaultTimeoutSeconds: options.watchTimeoutSeconds ?? 1800,
    },
  });
  const host = options.host ?? '127.0.0.1';
  let port: number;
  try {
    port = await server.listen(host, options.port ?? 7443);
  } catch (error) {
    loop.stop();
    dataFile?.close();
    throw error;
  }
  const handle = createEmulatorHandle({
    api,
    loop,
    server,
    faults,
    requestLog,
    dataFile,
    host,
    port,
    clusterCount: clusters.length,
  });
  await handle.settled();
  return handle;
}
