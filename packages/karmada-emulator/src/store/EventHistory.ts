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
  // The window is events[head…]; forgotten events are dropped from the
  // array in batches, so recording stays O(1) rather than O(capacity).
  private events: StoreEvent[] = [];
  private head = 0;
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
    // Events are in resourceVersion order: find the first one after it.
    let low = this.head;
    let high = this.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.events[mid].resourceVersion > resourceVersion) high = mid;
      else low = mid + 1;
    }
    return this.events.slice(low);
  }

  /** Forgets everything up to `revision` (after loading persisted state). */
  reset(revision: number): void {
    this.events = [];
    this.head = 0;
    this.compactedThrough = revision;
  }

  private trim(): void {
    const excess = this.events.length - this.head - this.capacity;
    if (excess <= 0) return;
    this.head += excess;
    this.compactedThrough = this.events[this.head - 1].resourceVersion;
    if (this.head >= Math.max(1024, this.events.length >> 1)) {
      this.events = this.events.slice(this.head);
      this.head = 0;
    }
  }
}
