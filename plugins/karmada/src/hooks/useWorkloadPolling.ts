import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * What {@link useWorkloadPolling} knows about the data it keeps fresh.
 *
 * @public
 */
export interface WorkloadPollingState<T> {
  /** The last value loaded; kept while a refresh runs or after it fails. */
  value?: T;
  /** The last error; cleared by the next successful load. */
  error?: Error;
  /** True until the first load settles (nothing to show yet). */
  loading: boolean;
  /** True while a load runs for data already on screen. */
  refreshing: boolean;
  /** When the last successful load finished. */
  lastUpdated?: Date;
  /** Loads now (also resets the polling timer). */
  refresh: () => void;
}

/**
 * Options of {@link useWorkloadPolling}.
 *
 * @public
 */
export interface WorkloadPollingOptions {
  /** Identity of what is loaded: a change starts afresh (value cleared). */
  key: string;
  /** Milliseconds between loads while the page is visible; 0 disables polling. */
  intervalMs: number;
  /** Bumping this number loads now, e.g. from a shared refresh button. */
  refreshToken?: number;
}

function pageVisible(): boolean {
  return (
    typeof document === 'undefined' || document.visibilityState !== 'hidden'
  );
}

/**
 * Loads data and keeps it fresh without remounting anything: polls every
 * `intervalMs` while the page is visible, pauses while it is hidden (and
 * catches up on return), never overlaps two loads, keeps the last value on
 * screen while refreshing or after a failed refresh, and drops answers that
 * arrive after the key changed.
 *
 * @public
 */
export function useWorkloadPolling<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: WorkloadPollingOptions,
): WorkloadPollingState<T> {
  const { key, intervalMs, refreshToken } = options;
  const [state, setState] = useState<Omit<WorkloadPollingState<T>, 'refresh'>>({
    loading: true,
    refreshing: false,
  });
  const loadRef = useRef(load);
  loadRef.current = load;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const controller = useRef<AbortController>();
  const lastLoad = useRef(0);

  const run = useCallback(() => {
    clearTimeout(timer.current);
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    lastLoad.current = Date.now();
    setState(s => ({ ...s, refreshing: !s.loading }));
    const schedule = () => {
      if (intervalMs > 0 && pageVisible()) {
        timer.current = setTimeout(run, intervalMs);
      }
    };
    loadRef.current(current.signal).then(
      value => {
        if (current.signal.aborted) return;
        setState({
          value,
          loading: false,
          refreshing: false,
          lastUpdated: new Date(),
        });
        schedule();
      },
      error => {
        if (current.signal.aborted) return;
        setState(s => ({ ...s, error, loading: false, refreshing: false }));
        schedule();
      },
    );
  }, [intervalMs]);

  // A new key: forget the old value and load the new one.
  useEffect(() => {
    setState({ loading: true, refreshing: false });
    run();
    return () => {
      clearTimeout(timer.current);
      controller.current?.abort();
    };
  }, [key, run]);

  // The shared refresh button.
  const firstToken = useRef(refreshToken);
  useEffect(() => {
    if (refreshToken !== firstToken.current) run();
  }, [refreshToken, run]);

  // Pause while hidden; on return, load at once if a poll was missed.
  useEffect(() => {
    if (intervalMs <= 0 || typeof document === 'undefined') return undefined;
    const onChange = () => {
      if (!pageVisible()) {
        clearTimeout(timer.current);
      } else if (Date.now() - lastLoad.current >= intervalMs) {
        run();
      } else {
        clearTimeout(timer.current);
        timer.current = setTimeout(
          run,
          intervalMs - (Date.now() - lastLoad.current),
        );
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [intervalMs, run]);

  return { ...state, refresh: run };
}
