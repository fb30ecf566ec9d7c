import { useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  PreviewRequest,
  PreviewResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef } from '../api';

/**
 * How long the form must be still before a preview is requested. Short
 * enough that a preview lands within 300 ms of the last keystroke on a local
 * backend, long enough to skip the keystrokes in between.
 *
 * @public
 */
export const PLACEMENT_PREVIEW_DEBOUNCE_MS = 150;

/**
 * State of the live placement preview.
 *
 * @public
 */
export interface PlacementPreviewState {
  /** The last preview that arrived; kept while a newer one loads. */
  value?: PreviewResponse;
  /** The request `value` answers (to tell whether it is stale). */
  valueRequest?: PreviewRequest;
  /** True while a newer request is pending (debouncing or in flight). */
  loading: boolean;
  /** The error of the latest request, if it failed. */
  error?: Error;
}

/**
 * Asks the backend where Karmada will place the replicas, as the user types:
 * debounced, with stale requests aborted and the last result kept on screen
 * while the next one loads. No request while `request` is undefined.
 *
 * @public
 */
export function usePlacementPreview(
  request: PreviewRequest | undefined,
  debounceMs: number = PLACEMENT_PREVIEW_DEBOUNCE_MS,
): PlacementPreviewState {
  const karmadaApi = useApi(karmadaApiRef);
  const [state, setState] = useState<PlacementPreviewState>({
    loading: false,
  });
  // Compare by content: form data is rebuilt on every render.
  const key = request ? JSON.stringify(request) : undefined;
  const requestRef = useRef(request);
  requestRef.current = request;

  useEffect(() => {
    const current = requestRef.current;
    if (!key || !current) {
      setState(s => ({ ...s, loading: false, error: undefined }));
      return undefined;
    }
    setState(s => ({ ...s, loading: true }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      karmadaApi
        .previewPlacement(current, { signal: controller.signal })
        .then(value => {
          if (controller.signal.aborted) return;
          setState({ value, valueRequest: current, loading: false });
        })
        .catch((error: Error) => {
          if (controller.signal.aborted) return;
          setState(s => ({ ...s, loading: false, error }));
        });
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [karmadaApi, key, debounceMs]);

  return state;
}
