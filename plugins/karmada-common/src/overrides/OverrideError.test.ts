import { OverrideError } from './OverrideError';

describe('OverrideError', () => {
  it('names the policy, rule and overrider once', () => {
    const error = new OverrideError(
      'JSONPatchError',
      'unable to remove nonexistent key: x',
    );
    const located = error.withSource({
      policy: { kind: 'OverridePolicy', namespace: 'team-a', name: 'p' },
      ruleIndex: 2,
      overrider: 'plaintext',
    });
    expect(located.reason).toBe('JSONPatchError');
    expect(located.message).toBe(
      'OverridePolicy team-a/p rule 2 plaintext: unable to remove nonexistent key: x',
    );
    expect(
      located.withSource({
        policy: { kind: 'ClusterOverridePolicy', name: 'q' },
        ruleIndex: 0,
      }),
    ).toBe(located);
    expect(located).toBeInstanceOf(Error);
  });
});
