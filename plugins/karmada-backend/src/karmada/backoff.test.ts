import { computeBackoff } from './backoff';

describe('computeBackoff', () => {
  const o = { initialMs: 100, maxMs: 1000 };
  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 1, 200],
    [4, 1, 800],
    [8, 1, 1000],
    [8, 0, 500],
  ])('attempt %s with random %s waits %s ms', (attempt, r, ms) => {
    expect(computeBackoff(attempt, o, () => r)).toBe(ms);
  });
});
