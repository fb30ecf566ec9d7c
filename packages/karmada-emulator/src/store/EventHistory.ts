import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';

/**
 * A change the store made, as watchers see it.
 *
 * @public
 */
export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  resourceVersion: number;
  typeKey: string;
  object: KubernetesObject;
  /** The object before a MODIFIED or DELETED change. */
  previous?: KubernetesObject;
}

/**
 * The bounded window of recent changes watches resume from, like the API
 * server's watch cache: a watch from a resourceVersion older than the
 * window cannot be served (410 Gone).
 *
 * @public
 */
export class EventHistory {
  private events: StoreEvent[] = [];
  private compactedThrough: number;

  constructor(private capacity: number, startRevision = 0) {
    this.compactedThrough = startRevision;
  }

  /** Records an event, forgetting the oldest beyond the capacity. */
  push(event: StoreEvent): void {
    this.events.push(event);
    this.trim();
  }

  /** Changes the window size (tests shrink it to provoke 410). */
  setCapacity(capacity: number): void {
    this.capacity = Math.max(0, capacity);
    this.trim();
  }

  /** The oldest resourceVersion a watch may still resume from. */
  get oldestResumable(): number {
    return this.compactedThrough;
  }

  /**
   * The events after `resourceVersion`, or undefined when some of them were
   * already forgotten.
   */
  since(resourceVersion: number): StoreEvent[] | undefined {
    if (resourceVersion < this.compactedThrough) return undefined;
    const first = this.events.findIndex(
      e => e.resourceVersion > resourceVersion,
    );
    return first < 0 ? [] : this.events.slice(first);
  }

  /** Forgets everything up to `revision` (after loading persisted state). */
  reset(revision: number): void {
    this.events = [];
    this.compactedThrough = revision;
  }

  private trim(): void {
    const excess = this.events.length - this.capacity;
    if (excess <= 0) return;
    const dropped = this.events.splice(0, excess);
    this.compactedThrough = dropped[dropped.length - 1].resourceVersion;
  }
}
