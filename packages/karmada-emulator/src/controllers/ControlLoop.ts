import { StoreEvent } from '../store/EventHistory';
import { ObjectStore } from '../store/ObjectStore';

/**
 * What a reconcile may ask for: to run again later (e.g. while replicas
 * become ready).
 *
 * @public
 */
export interface ReconcileResult {
  requeueAfterMs?: number;
}

/**
 * One of Karmada's controllers in miniature: it maps store changes to keys
 * and brings the world in line for one key at a time. Reconciles must be
 * idempotent and compare before writing, so that a pass with nothing to do
 * writes nothing and the loop settles.
 *
 * @public
 */
export interface Controller {
  readonly name: string;
  /** The keys a change concerns. */
  keysFor(event: StoreEvent): string[];
  /** The keys to reconcile when the loop starts (a resync). */
  initialKeys(): string[];
  reconcile(key: string): ReconcileResult | void;
}

/**
 * Reports what the loop could not do (a reconcile that threw).
 *
 * @public
 */
export type ControlLoopLogger = (message: string) => void;

const MAX_ROUNDS_PER_DRAIN = 1000;
const RETRY_MS = 1000;

/**
 * Runs controllers off the store's change stream: changes enqueue keys,
 * keys are deduplicated and drained after a short debounce, controllers in
 * their registration order each round, until nothing is left. Failed
 * reconciles are retried later.
 *
 * @public
 */
export class ControlLoop {
  private readonly queues = new Map<string, Set<string>>();
  private readonly delayed = new Set<NodeJS.Timeout>();
  private unsubscribe: (() => void) | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private idleWaiters: Array<() => void> = [];
  private draining = false;

  constructor(
    private readonly store: ObjectStore,
    private readonly controllers: Controller[],
    private readonly options: { debounceMs: number; log: ControlLoopLogger },
  ) {
    for (const c of controllers) this.queues.set(c.name, new Set());
  }

  /** Subscribes to changes and enqueues every controller's initial keys. */
  start(): void {
    this.unsubscribe = this.store.subscribe(event => {
      for (const c of this.controllers)
        for (const key of c.keysFor(event)) this.enqueue(c.name, key);
    });
    for (const c of this.controllers)
      for (const key of c.initialKeys()) this.enqueue(c.name, key);
  }

  /** Stops reacting and cancels pending work. */
  stop(): void {
    this.unsubscribe?.();
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = undefined;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    for (const queue of this.queues.values()) queue.clear();
    this.resolveIdle();
  }

  /** Adds a key to a controller's queue, now or after a delay. */
  enqueue(controller: string, key: string, afterMs = 0): void {
    if (afterMs > 0) {
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        this.enqueue(controller, key);
      }, afterMs);
      this.delayed.add(timer);
      return;
    }
    this.queues.get(controller)?.add(key);
    this.schedule();
  }

  /**
   * Resolves once the queues are empty (delayed requeues, such as replicas
   * still becoming ready, do not count).
   */
  idle(): Promise<void> {
    if (!this.pending() && !this.scheduled && !this.draining)
      return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  private pending(): boolean {
    return [...this.queues.values()].some(q => q.size > 0);
  }

  private schedule(): void {
    if (this.scheduled || this.draining || !this.unsubscribe) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.drain();
    }, this.options.debounceMs);
  }

  private drain(): void {
    this.draining = true;
    try {
      for (
        let round = 0;
        round < MAX_ROUNDS_PER_DRAIN && this.pending();
        round += 1
      ) {
        for (const controller of this.controllers) {
          const queue = this.queues.get(controller.name) ?? new Set<string>();
          const keys = [...queue];
          queue.clear();
          for (const key of keys) this.run(controller, key);
        }
      }
    } finally {
      this.draining = false;
    }
    if (this.pending()) this.schedule();
    else this.resolveIdle();
  }

  private run(controller: Controller, key: string): void {
    try {
      const result = controller.reconcile(key);
      if (result?.requeueAfterMs !== undefined)
        this.enqueue(controller.name, key, result.requeueAfterMs);
    } catch (error) {
      this.options.log(
        `${controller.name}: reconcile ${key} failed: ${
          (error as Error)?.stack ?? String(error)
        }`,
      );
      this.enqueue(controller.name, key, RETRY_MS);
    }
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
