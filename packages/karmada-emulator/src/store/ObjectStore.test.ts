import { ObjectStore } from './ObjectStore';
import { StoreEvent } from './EventHistory';

const cm = (name: string, data = 'x') => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'team-a' },
  data: { k: data },
});

describe('ObjectStore', () => {
  it('stamps one global resourceVersion per write and notifies listeners', () => {
    const store = new ObjectStore({ historySize: 10 });
    const events: StoreEvent[] = [];
    store.subscribe(e => events.push(e));
    const a = store.create('/configmaps', cm('a'));
    const b = store.create('/secrets', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'team-a' },
    });
    const a2 = store.update('/configmaps', { ...cm('a', 'y') });
    const gone = store.remove('/configmaps', 'team-a', 'a');
    expect(
      [a, b, a2, gone].map(o => Number(o?.metadata?.resourceVersion)),
    ).toEqual([2, 3, 4, 5]);
    expect(events.map(e => e.type)).toEqual([
      'ADDED',
      'ADDED',
      'MODIFIED',
      'DELETED',
    ]);
    expect(events[2].previous?.data).toEqual({ k: 'x' });
    expect(store.resourceVersion).toBe(5);
  });

  it('returns copies, ordered by namespace and name', () => {
    const store = new ObjectStore({ historySize: 10 });
    store.create('/configmaps', cm('b'));
    store.create('/configmaps', cm('a'));
    const listed = store.list('/configmaps');
    expect(listed.map(o => o.metadata?.name)).toEqual(['a', 'b']);
    listed[0].data = {};
    expect(store.get('/configmaps', 'team-a', 'a')?.data).toEqual({ k: 'x' });
  });

  it('serves events after a resourceVersion within the window, and refuses older ones', () => {
    const store = new ObjectStore({ historySize: 2 });
    for (const name of ['a', 'b', 'c', 'd'])
      store.create('/configmaps', cm(name));
    expect(store.history.since(3)?.map(e => e.object.metadata?.name)).toEqual([
      'c',
      'd',
    ]);
    expect(store.history.since(2)).toBeUndefined();
    expect(store.history.since(5)).toEqual([]);
  });

  it('round-trips through a snapshot and forgets history before it', () => {
    const store = new ObjectStore({ historySize: 10 });
    store.create('/configmaps', cm('a'));
    const copy = new ObjectStore({ historySize: 10 });
    copy.load(store.snapshot());
    expect(
      copy.get('/configmaps', 'team-a', 'a')?.metadata?.resourceVersion,
    ).toBe('2');
    expect(copy.resourceVersion).toBe(2);
    expect(copy.history.since(1)).toBeUndefined();
    expect(copy.create('/configmaps', cm('b')).metadata?.resourceVersion).toBe(
      '3',
    );
  });
});
