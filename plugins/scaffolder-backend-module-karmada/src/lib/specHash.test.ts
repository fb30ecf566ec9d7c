import { specHash } from './specHash';

describe('specHash', () => {
  it('is 16 hex digits, the same for the same content whatever the key order', () => {
    const a = specHash({
      name: 'web',
      placement: { mode: 'clusters', clusterNames: ['m1', 'm2'] },
    });
    const b = specHash({
      placement: { clusterNames: ['m1', 'm2'], mode: 'clusters' },
      name: 'web',
    });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
  });

  it('changes with any value, list order included', () => {
    const base = specHash({ name: 'web', clusters: ['m1', 'm2'], replicas: 2 });
    expect(
      specHash({ name: 'web', clusters: ['m2', 'm1'], replicas: 2 }),
    ).not.toBe(base);
    expect(
      specHash({ name: 'web', clusters: ['m1', 'm2'], replicas: 3 }),
    ).not.toBe(base);
  });
});
