import { isRolloutYoung, rolloutOf } from './rolloutOf';

describe('rolloutOf', () => {
  it.each<[string, Parameters<typeof rolloutOf>[0], unknown]>([
    [
      'the latest time, with the default deadline of 600 s',
      {
        startTimes: [
          '2025-05-01T10:00:00Z',
          '2025-05-01T10:02:00Z',
          undefined,
          '2025-05-01T09:00:00Z',
        ],
      },
      {
        startedAt: '2025-05-01T10:02:00.000Z',
        progressDeadlineSeconds: 600,
        deadline: '2025-05-01T10:12:00.000Z',
      },
    ],
    [
      "the Deployment's own deadline",
      { startTimes: ['2025-05-01T10:00:00Z'], progressDeadlineSeconds: 60 },
      {
        startedAt: '2025-05-01T10:00:00.000Z',
        progressDeadlineSeconds: 60,
        deadline: '2025-05-01T10:01:00.000Z',
      },
    ],
    [
      'a malformed deadline reads as the default',
      { startTimes: ['2025-05-01T10:00:00Z'], progressDeadlineSeconds: '60' },
      expect.objectContaining({ progressDeadlineSeconds: 600 }),
    ],
    [
      'unparsable times are skipped',
      { startTimes: ['yesterday', '2025-05-01T10:00:00Z'] },
      expect.objectContaining({ startedAt: '2025-05-01T10:00:00.000Z' }),
    ],
    ['no known time', { startTimes: [undefined, 'soon'] }, undefined],
  ])('%s', (_name, input, expected) => {
    expect(rolloutOf(input)).toEqual(expected);
  });
});

describe('isRolloutYoung', () => {
  const rollout = rolloutOf({ startTimes: ['2025-05-01T10:00:00Z'] });
  const at = (t: string) => Date.parse(t);
  it.each([
    ['just started', at('2025-05-01T10:00:01Z'), true],
    ['a second before the deadline', at('2025-05-01T10:09:59Z'), true],
    ['at the deadline', at('2025-05-01T10:10:00Z'), false],
    ['long after', at('2025-05-02T10:00:00Z'), false],
  ])('%s', (_name, now, young) => {
    expect(isRolloutYoung(rollout, now)).toBe(young);
  });

  it('is false without a rollout', () => {
    expect(isRolloutYoung(undefined, Date.now())).toBe(false);
  });
});
