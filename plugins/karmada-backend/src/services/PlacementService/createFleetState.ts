import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Cluster,
  createFleetSnapshot,
  FleetSnapshot,
  updateFleetSnapshot,
} from '@karmada-backstage/plugin-karmada-common';
import { Informer } from '../../karmada/createInformer';

/**
 * The engine's fleet snapshot of one instance, kept up to date from the
 * Cluster watch: changes are queued as they arrive and folded in with
 * `updateFleetSnapshot` on the next read, so a burst of events costs one
 * update and a preview never rebuilds the fleet.
 *
 * @public
 */
export interface FleetState {
  snapshot(): FleetSnapshot;
  /** Increases whenever the snapshot changes (a cache key for results). */
  version(): number;
  /** Clusters left out because the engine rejected them (name → reason). */
  rejected(): ReadonlyMap<string, string>;
  dispose(): void;
}

/**
 * Creates the fleet state over a Cluster informer.
 *
 * @public
 */
export function createFleetState(
  clusters: Informer<Cluster>,
  logger: LoggerService,
): FleetState {
  const rejected = new Map<string, string>();
  let version = 0;
  let upsert = new Map<string, Cluster>();
  let remove = new Set<string>();

  // One bad Cluster object must not take the whole fleet down: prepare it
  // alone, and leave it out (reported) if the engine rejects it.
  function accept(c: Cluster): boolean {
    try {
      createFleetSnapshot([c]);
      rejected.delete(c.metadata.name);
      return true;
    } catch (e) {
      rejected.set(c.metadata.name, (e as Error).message);
      logger.warn(
        `karmada: cluster ${c.metadata.name} left out of previews: ${
          (e as Error).message
        }`,
      );
      return false;
    }
  }

  function build(): FleetSnapshot {
    const all = [...clusters.list()];
    try {
      return createFleetSnapshot(all);
    } catch {
      return createFleetSnapshot(all.filter(accept));
    }
  }

  let snapshot = build();
  const unsubscribe = clusters.subscribe(events => {
    for (const e of events) {
      const name = e.object.metadata.name;
      if (e.type === 'delete') {
        upsert.delete(name);
        remove.add(name);
      } else {
        remove.delete(name);
        upsert.set(name, e.object);
      }
    }
  });

  return {
    snapshot() {
      if (upsert.size || remove.size) {
        const update = { upsert: [...upsert.values()], remove: [...remove] };
        upsert = new Map();
        remove = new Set();
        update.remove.forEach(n => rejected.delete(n));
        try {
          snapshot = updateFleetSnapshot(snapshot, update);
        } catch {
          const good = update.upsert.filter(accept);
          const bad = update.upsert
            .filter(c => !good.includes(c))
            .map(c => c.metadata.name);
          snapshot = updateFleetSnapshot(snapshot, {
            upsert: good,
            remove: [...update.remove, ...bad],
          });
        }
        version++;
      }
      return snapshot;
    },
    version() {
      this.snapshot();
      return version;
    },
    rejected: () => rejected,
    dispose: unsubscribe,
  };
}
