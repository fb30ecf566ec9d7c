import { FaultInjector, parseFaultKinds } from './FaultInjector';

describe('FaultInjector', () => {
  it('fails the configured fraction of requests, rotating the kinds', () => {
    const rolls = [0.1, 0.9, 0.2, 0.3];
    const faults = new FaultInjector(
      { failRate: 0.5, faultKinds: ['500', 'reset', 'timeout'] },
      () => rolls.shift() ?? 1,
    );
    expect([
      faults.pick(),
      faults.pick(),
      faults.pick(),
      faults.pick(),
    ]).toEqual(['500', undefined, 'reset', 'timeout']);
  });

  it.each([0.25, 0.2, 0.6])(
    'with even spread, fails exactly %s of any run of requests',
    rate => {
      const faults = new FaultInjector({ failRate: rate, spread: 'even' });
      const picks = Array.from({ length: 40 }, () => faults.pick());
      for (const n of [4, 10, 17, 40]) {
        const failed = picks.slice(0, n).filter(Boolean).length;
        expect(failed).toBeGreaterThanOrEqual(Math.floor(n * rate + 1e-9));
        expect(failed).toBeLessThanOrEqual(Math.ceil(n * rate - 1e-9));
      }
    },
  );

  it('never fails at rate 0 and refuses rates outside 0..1', () => {
    const faults = new FaultInjector({}, () => 0);
    expect(faults.pick()).toBeUndefined();
    expect(() => faults.update({ failRate: 1.5 })).toThrow(
      'fail rate must be between 0 and 1, got 1.5',
    );
  });

  it('refuses an unknown spread', () => {
    expect(() =>
      new FaultInjector().update({ spread: 'sometimes' as 'even' }),
    ).toThrow('fault spread must be random or even, got sometimes');
  });

  it('parses --fault-kinds', () => {
    expect(parseFaultKinds('500, reset,timeout')).toEqual([
      '500',
      'reset',
      'timeout',
    ]);
    expect(() => parseFaultKinds('500,boom')).toThrow(
      'unknown fault kind "boom" (expected 500, reset or timeout)',
    );
  });
});
