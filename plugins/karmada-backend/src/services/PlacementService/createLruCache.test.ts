import { createLruCache } from './createLruCache';

describe('createLruCache', () => {
  it('evicts the least recently used entry beyond the entry bound', () => {
    const c = createLruCache<number>({ maxEntries: 2 });
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
  });

  it('evicts beyond the byte bound, keeping at least the newest', () => {
    const c = createLruCache<string>({
      maxEntries: 10,
      maxBytes: 10,
      sizeOf: v => v.length,
    });
    c.set('a', 'xxxx');
    c.set('b', 'yyyy');
    c.set('c', 'zzzz');
    expect([c.get('a'), c.get('b'), c.get('c'), c.bytes()]).toEqual([
      undefined,
      'yyyy',
      'zzzz',
      8,
    ]);
    c.set('d', 'w'.repeat(50));
    expect([c.size(), c.get('d')?.length]).toEqual([1, 50]);
  });
});
