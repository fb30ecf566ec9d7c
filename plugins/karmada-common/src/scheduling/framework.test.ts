import { compareGoStrings, scheduleError, toInt32 } from './framework';

describe('framework helpers', () => {
  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['a', 'ab', -1],
    // Go compares UTF-8 bytes: U+FFFD sorts before an astral character, unlike UTF-16.
    ['\uFFFD', '\u{1F600}', -1],
  ])('compareGoStrings(%j, %j) has sign %s', (a, b, sign) => {
    expect(Math.sign(compareGoStrings(a, b))).toBe(sign);
  });

  it.each([
    ['NoClusterFit', 'NoClusterFit'],
    ['InsufficientReplicas', 'Unschedulable'],
    ['SpreadConstraintUnsatisfiable', 'SchedulerError'],
    ['NoClustersSelected', 'SchedulerError'],
  ] as const)('%s maps to the %s condition', (reason, condition) => {
    expect(scheduleError(reason, 'm')).toEqual({
      reason,
      conditionReason: condition,
      message: 'm',
    });
  });

  it('wraps like Go int32', () => {
    expect(toInt32(2 ** 31)).toBe(-(2 ** 31));
    expect(toInt32(3000000000)).toBe(3000000000 - 2 ** 32);
  });
});
