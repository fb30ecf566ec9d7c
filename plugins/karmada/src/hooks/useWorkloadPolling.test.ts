import { act, renderHook, waitFor } from '@testing-library/react';
import { useWorkloadPolling } from './useWorkloadPolling';

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => state,
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useWorkloadPolling', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('loads, then polls while the page is visible', async () => {
    let n = 0;
    const load = jest.fn(async () => ++n);
    const { result } = renderHook(() =>
      useWorkloadPolling(load, { key: 'a', intervalMs: 10_000 }),
    );
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.value).toBe(1));
    expect(result.current.loading).toBe(false);

    await act(async () => {
      jest.advanceTimersByTime(10_000);
    });
    await waitFor(() => expect(result.current.value).toBe(2));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('pauses while hidden and catches up on return', async () => {
    const load = jest.fn(async () => 'x');
    renderHook(() =>
      useWorkloadPolling(load, { key: 'a', intervalMs: 10_000 }),
    );
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));

    act(() => setVisibility('hidden'));
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(load).toHaveBeenCalledTimes(1);

    await act(async () => setVisibility('visible'));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('keeps the last value when a refresh fails, and refreshes on demand', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce('first')
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValueOnce('third');
    const { result, rerender } = renderHook(
      ({ token }) =>
        useWorkloadPolling(load, {
          key: 'a',
          intervalMs: 0,
          refreshToken: token,
        }),
      { initialProps: { token: 0 } },
    );
    await waitFor(() => expect(result.current.value).toBe('first'));

    rerender({ token: 1 });
    await waitFor(() =>
      expect(result.current.error?.message).toBe('backend down'),
    );
    expect(result.current.value).toBe('first');

    act(() => result.current.refresh());
    await waitFor(() => expect(result.current.value).toBe('third'));
    expect(result.current.error).toBeUndefined();
    // intervalMs 0: no polling at all.
    await act(async () => {
      jest.advanceTimersByTime(60_000);
    });
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('starts afresh when the key changes and drops stale answers', async () => {
    let resolveFirst: (v: string) => void = () => {};
    const load = jest
      .fn()
      .mockImplementationOnce(
        () => new Promise<string>(r => (resolveFirst = r)),
      )
      .mockResolvedValueOnce('b');
    const { result, rerender } = renderHook(
      ({ key }) => useWorkloadPolling(load, { key, intervalMs: 0 }),
      { initialProps: { key: 'a' } },
    );
    rerender({ key: 'b' });
    await waitFor(() => expect(result.current.value).toBe('b'));
    await act(async () => resolveFirst('a'));
    expect(result.current.value).toBe('b');
  });
});
