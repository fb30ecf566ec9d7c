import {
  Placement,
  ResourceBinding,
} from '@karmada-backstage/plugin-karmada-common';
import { Informer, InformerEvent } from '../../karmada/createInformer';
import { KINDS } from '../../karmada/resources';
import { isScheduleDecided, waitForBinding } from './waitForBinding';

// The binding cache as waitForBinding uses it: get, and subscribe to the
// batches the watch delivers.
function fakeBindings() {
  const items = new Map<string, ResourceBinding>();
  const listeners = new Set<
    (events: InformerEvent<ResourceBinding>[]) => void
  >();
  const key = (ns: string | undefined, name: string) => `${ns}/${name}`;
  const informer = {
    kind: KINDS.ResourceBinding,
    get: (ns: string | undefined, name: string) => items.get(key(ns, name)),
    subscribe(listener: (events: InformerEvent<ResourceBinding>[]) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } as unknown as Informer<ResourceBinding>;
  return {
    informer,
    listeners,
    /** A watch event: the cache holds `b`, then the listeners hear of it. */
    upsert(b: ResourceBinding) {
      items.set(key(b.metadata.namespace, b.metadata.name ?? ''), b);
      for (const l of [...listeners]) l([{ type: 'upsert', object: b }]);
    },
  };
}

const PLACEMENT: Placement = {
  clusterAffinity: { clusterNames: ['member1', 'member2'] },
  replicaScheduling: { replicaSchedulingType: 'Duplicated' },
};

function binding(
  o: {
    generation?: number;
    observed?: number;
    scheduled?: 'True' | 'False' | 'Unknown';
    resourceVersion?: string;
    placement?: unknown;
    name?: string;
  } = {},
): ResourceBinding {
  return {
    metadata: {
      name: o.name ?? 'web-deployment',
      namespace: 'team-a',
      generation: o.generation ?? 2,
    },
    spec: {
      resource: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        resourceVersion: o.resourceVersion ?? '10',
      },
      clusters: [{ name: 'member1', replicas: 2 }],
      ...(o.placement === undefined
        ? {}
        : { placement: o.placement as Placement }),
    },
    status: {
      schedulerObservedGeneration: o.observed ?? 2,
      conditions: o.scheduled
        ? [{ type: 'Scheduled', status: o.scheduled, reason: 'Test' }]
        : [],
    },
  };
}

const WAIT = {
  timeoutMs: 2_000,
  resourceVersion: '10',
  placement: PLACEMENT,
};

describe('isScheduleDecided', () => {
  it.each([
    [
      'Scheduled=True for the current generation',
      binding({ scheduled: 'True' }),
      true,
    ],
    [
      'Scheduled=False (unschedulable) is a decision',
      binding({ scheduled: 'False' }),
      true,
    ],
    ['Scheduled=Unknown is not', binding({ scheduled: 'Unknown' }), false],
    ['no Scheduled condition yet', binding(), false],
    [
      'decided for an older generation',
      binding({ scheduled: 'True', generation: 3, observed: 2 }),
      false,
    ],
    [
      'no observed generation: the condition is trusted',
      {
        ...binding({ scheduled: 'True' }),
        status: { conditions: [{ type: 'Scheduled', status: 'True' }] },
      },
      true,
    ],
  ])('%s', (_name, b, decided) => {
    expect(isScheduleDecided(b as ResourceBinding)).toBe(decided);
  });
});

describe('waitForBinding', () => {
  it('resolves at once when the cache already holds the decided binding', async () => {
    const bindings = fakeBindings();
    const b = binding({ scheduled: 'True', placement: PLACEMENT });
    bindings.upsert(b);
    await expect(
      waitForBinding(bindings.informer, 'team-a', 'web-deployment', WAIT),
    ).resolves.toEqual({ binding: b, decided: true });
    expect(bindings.listeners.size).toBe(0);
  });

  it.each<[string, ResourceBinding]>([
    ['not scheduled yet', binding({ placement: PLACEMENT })],
    [
      'decided for the previous generation',
      binding({
        scheduled: 'True',
        generation: 3,
        observed: 2,
        placement: PLACEMENT,
      }),
    ],
    [
      'of an older template (resourceVersion before the write)',
      binding({
        scheduled: 'True',
        resourceVersion: '9',
        placement: PLACEMENT,
      }),
    ],
    [
      'of the previous placement',
      binding({
        scheduled: 'True',
        placement: { clusterAffinity: { clusterNames: ['member3'] } },
      }),
    ],
    [
      'of another workload',
      binding({ scheduled: 'True', name: 'other-deployment' }),
    ],
  ])(
    'waits past a binding %s, and resolves on the one scheduled for this write',
    async (_name, early) => {
      const bindings = fakeBindings();
      const waiting = waitForBinding(
        bindings.informer,
        'team-a',
        'web-deployment',
        WAIT,
      );
      let settled = false;
      void waiting.then(() => (settled = true));
      bindings.upsert(early);
      await new Promise(r => setTimeout(r, 20));
      expect(settled).toBe(false);
      // Karmada labels the template after our write, so a later
      // resourceVersion counts; the placement compares regardless of key
      // order (the server returns its own).
      const right = binding({
        scheduled: 'True',
        resourceVersion: '12',
        placement: {
          replicaScheduling: { replicaSchedulingType: 'Duplicated' },
          clusterAffinity: { clusterNames: ['member1', 'member2'] },
        },
      });
      bindings.upsert(right);
      await expect(waiting).resolves.toEqual({ binding: right, decided: true });
      expect(bindings.listeners.size).toBe(0);
    },
  );

  it('resolves on an unschedulable decision too (Scheduled=False)', async () => {
    const bindings = fakeBindings();
    const waiting = waitForBinding(
      bindings.informer,
      'team-a',
      'web-deployment',
      WAIT,
    );
    const unschedulable = binding({ scheduled: 'False', placement: PLACEMENT });
    bindings.upsert(unschedulable);
    await expect(waiting).resolves.toEqual({
      binding: unschedulable,
      decided: true,
    });
  });

  it('accepts a binding without placement, and any when nothing is required', async () => {
    const bindings = fakeBindings();
    const bare = binding({ scheduled: 'True' });
    bindings.upsert(bare);
    await expect(
      waitForBinding(bindings.informer, 'team-a', 'web-deployment', WAIT),
    ).resolves.toEqual({ binding: bare, decided: true });
    const old = binding({
      scheduled: 'True',
      resourceVersion: '1',
      placement: { clusterAffinity: { clusterNames: ['member3'] } },
    });
    bindings.upsert(old);
    await expect(
      waitForBinding(bindings.informer, 'team-a', 'web-deployment', {
        timeoutMs: 2_000,
      }),
    ).resolves.toEqual({ binding: old, decided: true });
  });

  it('times out with decided=false and the last binding seen, and stops listening', async () => {
    const bindings = fakeBindings();
    const started = Date.now();
    const waiting = waitForBinding(
      bindings.informer,
      'team-a',
      'web-deployment',
      { ...WAIT, timeoutMs: 50 },
    );
    const pending = binding({ placement: PLACEMENT });
    bindings.upsert(pending);
    await expect(waiting).resolves.toEqual({
      binding: pending,
      decided: false,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(bindings.listeners.size).toBe(0);
  });

  it('times out with no binding when Karmada made none', async () => {
    const bindings = fakeBindings();
    await expect(
      waitForBinding(bindings.informer, 'team-a', 'web-deployment', {
        ...WAIT,
        timeoutMs: 30,
      }),
    ).resolves.toEqual({ binding: undefined, decided: false });
    expect(bindings.listeners.size).toBe(0);
  });
});
