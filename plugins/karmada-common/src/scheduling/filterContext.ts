import type { Placement } from '../types';
import type { ExplanationReason, ExplanationStage } from './framework';
import type { FleetSnapshot } from './snapshot';

/** Reasons that share a stage, plugin and Karmada text; only the message varies. */
export interface ReasonFamily {
  reason(message: string): ExplanationReason;
  /** The reason alone in a (shared, frozen) list. */
  list(message: string): readonly ExplanationReason[];
}

interface Interned {
  reason: ExplanationReason;
  list: readonly ExplanationReason[];
}

/**
 * Interns explanation reasons: thousands of clusters failing the same way
 * share one frozen reason (and one frozen list) instead of allocating their own.
 */
// Each interned reason carries its number under this (non-enumerable,
// invisible to JSON) key, so per-reason tallies are array reads, not map lookups.
const SLOT = Symbol('reasonSlot');

interface Slotted {
  [SLOT]?: number;
}

export class ReasonCache {
  private readonly slots: Array<readonly ExplanationReason[]> = [];
  private readonly families = new Map<string, ReasonFamily>();

  family(
    stage: ExplanationStage,
    plugin: string,
    karmada: string,
  ): ReasonFamily {
    const key = `${stage}\u0000${plugin}\u0000${karmada}`;
    const existing = this.families.get(key);
    if (existing) return existing;
    const interned = new Map<string, Interned>();
    const slots = this.slots;
    const lookup = (message: string): Interned => {
      let entry = interned.get(message);
      if (!entry) {
        const reason: ExplanationReason = { stage, plugin, karmada, message };
        Object.defineProperty(reason, SLOT, { value: slots.length });
        Object.freeze(reason);
        const list = Object.freeze([reason]);
        slots.push(list);
        entry = { reason, list };
        interned.set(message, entry);
      }
      return entry;
    };
    const family: ReasonFamily = {
      reason: message => lookup(message).reason,
      list: message => lookup(message).list,
    };
    this.families.set(key, family);
    return family;
  }

  get(
    stage: ExplanationStage,
    plugin: string,
    karmada: string,
    message: string,
  ): ExplanationReason {
    return this.family(stage, plugin, karmada).reason(message);
  }

  /** The number of a reason this cache made (-1 for others). */
  slot(reason: ExplanationReason): number {
    return (reason as Slotted)[SLOT] ?? -1;
  }

  /** The reason with this number. */
  reasonAt(slot: number): ExplanationReason {
    return this.slots[slot][0];
  }

  /** How many reasons this cache made. */
  get size(): number {
    return this.slots.length;
  }

  /** The shared one-element list of a reason this cache made. */
  list(reason: ExplanationReason): readonly ExplanationReason[] {
    const slot = this.slot(reason);
    return slot >= 0 ? this.slots[slot] : Object.freeze([reason]);
  }
}

/** What every filter plugin of one scheduling attempt sees. */
export interface FilterContext {
  readonly snapshot: FleetSnapshot;
  /** The placement with Karmada's defaults applied. */
  readonly placement: Placement;
  /** The `clusterAffinities` term being tried (status.schedulerObservedAffinityName). */
  readonly affinityName?: string;
  /** `ResourceBindingSpec.IsWorkload()`: replicas > 0 or requirements set. */
  readonly isWorkload: boolean;
  readonly reasons: ReasonCache;
}
