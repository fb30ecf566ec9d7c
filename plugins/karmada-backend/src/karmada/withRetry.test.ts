import { KarmadaConnectionError, KubernetesStatusError } from './errors';
import { withRetry } from './withRetry';

const where = { method: 'PATCH', path: '/x' };
const noSleep = async () => {};
const opts = { attempts: 4, initialMs: 1, maxMs: 1 };

describe('withRetry', () => {
  it('retries 5xx and connection errors, and says an attempt may have landed', async () => {
    const fn = jest
      .fn()
      .mockRejectedValueOnce(
        new KubernetesStatusError(500, { message: 'boom' }, where),
      )
      .mockRejectedValueOnce(
        new KarmadaConnectionError('reset', 'ECONNRESET', where, true),
      )
      .mockResolvedValueOnce('ok');
    await expect(withRetry(fn, opts, noSleep)).resolves.toEqual({
      value: 'ok',
      attempts: 3,
      ambiguous: true,
    });
  });

  it('does not retry 4xx', async () => {
    const fn = jest
      .fn()
      .mockRejectedValue(
        new KubernetesStatusError(409, { message: 'conflict' }, where),
      );
    await expect(withRetry(fn, opts, noSleep)).rejects.toMatchObject({
      statusCode: 409,
      attempts: 1,
    });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last attempt with the last error', async () => {
    const fn = jest
      .fn()
      .mockRejectedValue(
        new KubernetesStatusError(503, { message: 'down' }, where),
      );
    await expect(withRetry(fn, opts, noSleep)).rejects.toMatchObject({
      statusCode: 503,
      attempts: 4,
    });
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
