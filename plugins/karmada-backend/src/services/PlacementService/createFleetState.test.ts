import { mockServices } from '@backstage/backend-test-utils';
import { Cluster } from '@karmada-backstage/plugin-karmada-common';
import { Informer, InformerEvent } from '../../karmada/createInformer';
import { testFleet } from '../../__testUtils__/fleet';
import { createFleetState } from './createFleetState';

function fakeInformer(initial: Cluster[]) {
  const items = new Map(initial.map(c => [c.metadata.name, c]));
  let listener: (e: InformerEvent<Cluster>[]) => void = () => {};
  const informer = {
    list: () => items.values(),
    subscribe: (l: typeof listener) => {
      listener = l;
      return () => {};
    },
  } as unknown as Informer<Cluster>;
  const emit = (events: InformerEvent<Cluster>[]) => {
    for (const e of events) {
      if (e.type === 'delete') items.delete(e.object.metadata.name);
      else items.set(e.object.metadata.name, e.object);
    }
    listener(events);
  };
  return { informer, emit };
}

describe('createFleetState', () => {
  it('folds watch events into the snapshot incrementally and versions it', () => {
    const [m1, m2, m3] = testFleet();
    const { informer, emit } = fakeInformer([m1, m2]);
    const state = createFleetState(informer, mockServices.logger.mock());
    const first = state.snapshot();
    expect(first.clusters.map(c => c.name)).toEqual(['member1', 'member2']);
    expect(state.version()).toBe(0);
    expect(state.snapshot()).toBe(first); // no change, same snapshot

    const changed = {
      ...m2,
      metadata: { ...m2.metadata, labels: { env: 'staging' } },
    };
    emit([{ type: 'upsert', object: changed, previous: m2 }]);
    emit([{ type: 'upsert', object: m3 }]);
    emit([{ type: 'delete', object: m1 }]);
    const next = state.snapshot();
    expect(state.version()).toBe(1); // three events, one update
    expect(next.clusters.map(c => c.name)).toEqual(['member2', 'member3']);
  });

  it('leaves out a cluster the engine rejects, and says why', () => {
    const [m1] = testFleet();
    const bad = {
      ...m1,
      metadata: { name: 'broken' },
      status: { resourceSummary: { allocatable: { cpu: 'lots' } } },
    } as Cluster;
    const { informer, emit } = fakeInformer([m1]);
    const state = createFleetState(informer, mockServices.logger.mock());
    emit([{ type: 'upsert', object: bad }]);
    expect(state.snapshot().clusters.map(c => c.name)).toEqual(['member1']);
    expect(state.rejected().get('broken')).toMatch(/cpu|quantit/i);
  });
});
