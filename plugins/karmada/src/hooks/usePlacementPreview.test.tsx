import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TestApiProvider } from '@backstage/test-utils';
import type {
  PreviewRequest,
  PreviewResponse,
} from '@karmada-backstage/plugin-karmada-common';
import { karmadaApiRef, type KarmadaApi } from '../api';
import { testPreviewWithTie } from '../__testUtils__';
import { usePlacementPreview } from './usePlacementPreview';

function deferredApi() {
  const calls: Array<{
    request: PreviewRequest;
    signal?: AbortSignal;
    resolve: (r: PreviewResponse) => void;
  }> = [];
  const api = {
    previewPlacement: (
      request: PreviewRequest,
      options?: { signal?: AbortSignal },
    ) =>
      new Promise<PreviewResponse>(resolve =>
        calls.push({ request, signal: options?.signal, resolve }),
      ),
  } as unknown as KarmadaApi;
  return { api, calls };
}

function wrapper(api: KarmadaApi) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[karmadaApiRef, api]]}>{children}</TestApiProvider>
  );
}

const request = (replicas: number): PreviewRequest => ({
  instance: 'local',
  placement: {},
  replicas,
});

describe('usePlacementPreview', () => {
  it('debounces, aborts stale requests and keeps the last result while loading', async () => {
    const { api, calls } = deferredApi();
    const { result, rerender } = renderHook(
      ({ r }) => usePlacementPreview(r, 20),
      {
        wrapper: wrapper(api),
        initialProps: { r: request(1) as PreviewRequest | undefined },
      },
    );
    // Quick edits: only the last one is sent.
    rerender({ r: request(2) });
    rerender({ r: request(3) });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].request.replicas).toBe(3);
    await act(async () => calls[0].resolve(testPreviewWithTie));
    expect(result.current).toMatchObject({
      loading: false,
      value: testPreviewWithTie,
    });

    // A newer request keeps the old preview on screen while it loads...
    rerender({ r: request(4) });
    expect(result.current.loading).toBe(true);
    expect(result.current.value).toBe(testPreviewWithTie);
    await waitFor(() => expect(calls).toHaveLength(2));
    // ...and is aborted when yet another change comes in.
    rerender({ r: request(5) });
    expect(calls[1].signal?.aborted).toBe(true);
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2].request.replicas).toBe(5);
    expect(result.current.valueRequest?.replicas).toBe(3);
  });

  it('sends nothing without a request', async () => {
    const { api, calls } = deferredApi();
    const { result } = renderHook(() => usePlacementPreview(undefined, 0), {
      wrapper: wrapper(api),
    });
    await new Promise(r => setTimeout(r, 20));
    expect(calls).toHaveLength(0);
    expect(result.current.loading).toBe(false);
  });
});
