import { runValidator } from '../../../__testUtils__';
import { validateKarmadaLifecycle } from './validateKarmadaLifecycle';

describe('validateKarmadaLifecycle', () => {
  it('accepts a command, an HTTP request or a sleep', async () => {
    await expect(
      runValidator(validateKarmadaLifecycle, {
        postStart: { exec: { command: ['/bin/warm-up'] } },
        preStop: { sleep: { seconds: 10 } },
      }),
    ).resolves.toEqual([]);
  });

  it.each([
    [
      { preStop: { sleep: { seconds: 0 } } },
      'Pre-stop hook (preStop.sleep.seconds): must be 1 or more',
    ],
    [
      { postStart: {} },
      'Post-start hook (postStart): needs a handler: one of exec, httpGet, sleep',
    ],
  ])('blocks %j', async (value, message) => {
    await expect(
      runValidator(validateKarmadaLifecycle, value as any),
    ).resolves.toEqual([message]);
  });
});
