import { firstIssue } from '../__testUtils__/firstIssue';
import { advancedSpecSchema } from './advancedSchema';

describe('advancedSpecSchema', () => {
  it.each<[string, unknown, string | RegExp]>([
    [
      'a rolling update',
      {
        strategy: { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: 1 },
      },
      'ok',
    ],
    [
      'Recreate with surge',
      { strategy: { type: 'Recreate', maxSurge: 1 } },
      'strategy.maxSurge: is only used with RollingUpdate',
    ],
    [
      'unavailable above 100%',
      { strategy: { type: 'RollingUpdate', maxUnavailable: '150%' } },
      'strategy.maxUnavailable: must not be above 100%',
    ],
    [
      'a surge that is not a percentage',
      { strategy: { type: 'RollingUpdate', maxSurge: '25' } },
      /^strategy\.maxSurge: "25" must be a whole number/,
    ],
    [
      'a deadline without minReadySeconds',
      { progressDeadlineSeconds: 0 },
      'progressDeadlineSeconds: must be greater than minReadySeconds (0)',
    ],
    [
      'node affinity',
      {
        nodeAffinity: {
          required: [
            {
              matchExpressions: [
                { key: 'cpu-count', operator: 'Gt', values: ['4'] },
              ],
            },
          ],
        },
      },
      'ok',
    ],
    [
      'Gt without an integer',
      {
        nodeAffinity: {
          required: [
            {
              matchExpressions: [
                { key: 'cpu-count', operator: 'Gt', values: ['many'] },
              ],
            },
          ],
        },
      },
      'nodeAffinity.required[0].matchExpressions[0].values: needs exactly one integer when the operator is Gt',
    ],
    [
      'a preferred weight over 100',
      {
        nodeAffinity: {
          preferred: [
            {
              weight: 101,
              matchExpressions: [{ key: 'a', operator: 'Exists' }],
            },
          ],
        },
      },
      'nodeAffinity.preferred[0].weight: must be between 1 and 100',
    ],
    [
      'tolerationSeconds without NoExecute',
      {
        tolerations: [
          {
            key: 'a',
            operator: 'Exists',
            effect: 'NoSchedule',
            tolerationSeconds: 5,
          },
        ],
      },
      'tolerations[0].tolerationSeconds: is only used with the NoExecute effect',
    ],
    [
      'a bad node selector value',
      { nodeSelector: { zone: 'a b' } },
      /^nodeSelector\.zone: value "a b" must consist of/,
    ],
    [
      'an annotation key with two slashes',
      { podAnnotations: { 'a/b/c': 'x' } },
      /^podAnnotations\["a\/b\/c"\]: key "a\/b\/c": a qualified name/,
    ],
    [
      'IPv6 nameservers and search domains',
      {
        dnsPolicy: 'None',
        dnsConfig: {
          nameservers: ['2001:db8::53'],
          searches: ['corp.example.com'],
        },
      },
      'ok',
    ],
    [
      'a search domain with a space',
      { dnsConfig: { searches: ['bad domain'] } },
      /^dnsConfig\.searches\[0\]: "bad domain" must consist/,
    ],
    [
      'a host alias without hostnames',
      { hostAliases: [{ ip: '10.0.0.1', hostnames: [] }] },
      'hostAliases[0].hostnames: needs at least one hostname',
    ],
    [
      'an unknown DNS policy',
      { dnsPolicy: 'Auto' },
      /^dnsPolicy: unknown DNS policy "Auto"/,
    ],
  ])('%s', (_what, value, expected) => {
    expect(firstIssue(advancedSpecSchema, value)).toMatch(expected);
  });
});
