import { mockServices } from '@backstage/backend-test-utils';
import { createReachabilityLog } from './createReachabilityLog';

type Step = ['fail', string] | ['reach', string] | ['tick', number];

function run(steps: Step[]) {
  const logger = mockServices.logger.mock();
  let t = 0;
  const log = createReachabilityLog({
    logger,
    subject: 'instance "local"',
    server: 'https://karmada:5443',
    now: () => t,
  });
  for (const [what, arg] of steps) {
    if (what === 'fail') log.failed(arg, 'connect ECONNREFUSED', 500);
    else if (what === 'reach') log.reached(arg);
    else t += arg;
  }
  return {
    warn: (logger.warn as jest.Mock).mock.calls.map(c => c[0]),
    debug: (logger.debug as jest.Mock).mock.calls.length,
  };
}

const down =
  'karmada instance "local" at https://karmada:5443 is unreachable: connect ECONNREFUSED (Cluster); serving the cached state and retrying in the background';

describe('createReachabilityLog', () => {
  it.each<[string, Step[], string[], number]>([
    [
      'every kind failing, retry after retry: one warning',
      [
        ['fail', 'Cluster'],
        ['fail', 'ResourceBinding'],
        ['fail', 'Deployment'],
        ['fail', 'Cluster'],
        ['fail', 'ResourceBinding'],
        ['fail', 'Deployment'],
      ],
      [down],
      6,
    ],
    [
      'back once every failing kind reached the server, with how long it was not',
      [
        ['fail', 'Cluster'],
        ['fail', 'Deployment'],
        ['tick', 42_000],
        ['reach', 'Cluster'],
        ['reach', 'Deployment'],
        ['reach', 'Cluster'],
      ],
      [
        down,
        'karmada instance "local" at https://karmada:5443 is reachable again after 42 s',
      ],
      2,
    ],
    [
      'down again after coming back: warned again',
      [
        ['fail', 'Cluster'],
        ['reach', 'Cluster'],
        ['fail', 'Cluster'],
      ],
      [down, expect.stringMatching(/reachable again/), down] as string[],
      2,
    ],
    [
      'healthy: nothing but successes, nothing logged',
      [
        ['reach', 'Cluster'],
        ['reach', 'Deployment'],
      ],
      [],
      0,
    ],
  ])('%s', (_name, steps, warnings, retries) => {
    const logged = run(steps);
    expect(logged.warn).toEqual(warnings);
    expect(logged.debug).toBe(retries);
  });
});
