/**
 * How an injected fault shows: a 500 InternalError Status, a connection
 * reset before any response, or no response until the client gives up.
 *
 * @public
 */
export type FaultKind = '500' | 'reset' | 'timeout';

/**
 * Fault and latency settings, all changeable at run time.
 *
 * @public
 */
export interface FaultSettings {
  /** Added before every response, watches included. */
  latencyMs: number;
  /** Fraction (0–1) of non-watch requests that fail. */
  failRate: number;
  /** The faults to pick from, in turn. */
  faultKinds: FaultKind[];
  /** How long a `timeout` fault holds the request before dropping it. */
  timeoutMs: number;
  /**
   * `random` (default): each request fails with probability `failRate`.
   * `even`: exactly that fraction fails, spread evenly over the requests,
   * for tests that must see the configured rate rather than a sample of it.
   */
  spread: 'random' | 'even';
}

/**
 * The fault kinds a `--fault-kinds` value names; throws on an unknown one.
 *
 * @public
 */
export function parseFaultKinds(value: string): FaultKind[] {
  const kinds = value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  for (const kind of kinds) {
    if (!['500', 'reset', 'timeout'].includes(kind)) {
      throw new Error(
        `unknown fault kind "${kind}" (expected 500, reset or timeout)`,
      );
    }
  }
  return kinds as FaultKind[];
}

/**
 * Decides which requests fail and how. Kinds rotate so a mix shows up
 * evenly; which requests fail is random at the configured rate (the random
 * source is injectable for tests).
 *
 * @public
 */
export class FaultInjector {
  private settings: FaultSettings;
  private next = 0;
  private seen = 0;
  private failed = 0;

  constructor(
    settings: Partial<FaultSettings> = {},
    private readonly random: () => number = Math.random,
  ) {
    this.settings = {
      latencyMs: 0,
      failRate: 0,
      faultKinds: ['500'],
      timeoutMs: 30_000,
      spread: 'random',
    };
    this.update(settings);
  }

  /** Current settings. */
  get current(): FaultSettings {
    return { ...this.settings, faultKinds: [...this.settings.faultKinds] };
  }

  /** Changes some settings. */
  update(settings: Partial<FaultSettings>): void {
    const merged = { ...this.settings, ...settings };
    if (!(merged.failRate >= 0 && merged.failRate <= 1))
      throw new Error(
        `fail rate must be between 0 and 1, got ${merged.failRate}`,
      );
    if (!(merged.latencyMs >= 0))
      throw new Error(
        `latency must be a non-negative number of milliseconds, got ${merged.latencyMs}`,
      );
    if (merged.spread !== 'random' && merged.spread !== 'even')
      throw new Error(
        `fault spread must be random or even, got ${String(merged.spread)}`,
      );
    if (merged.faultKinds.length === 0) merged.faultKinds = ['500'];
    this.settings = merged;
    this.seen = 0;
    this.failed = 0;
  }

  /** The fault for this request, if it is to fail. */
  pick(): FaultKind | undefined {
    const { failRate, faultKinds, spread } = this.settings;
    if (failRate <= 0) return undefined;
    if (spread === 'even') {
      // A request fails when the failures so far fall behind n·rate, so the
      // first n requests always hold floor(n·rate) failures (the epsilon
      // absorbs float error, e.g. 10 × 0.6).
      this.seen += 1;
      if (this.failed >= Math.floor(this.seen * failRate + 1e-9))
        return undefined;
      this.failed += 1;
    } else if (this.random() >= failRate) return undefined;
    const kind = faultKinds[this.next % faultKinds.length];
    this.next += 1;
    return kind;
  }
}
